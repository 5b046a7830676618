// The user-assigned managed identity: the bot's Microsoft App ID (BOT_ID) and the app's identity
// towards Table Storage (AZURE_CLIENT_ID). It has no secret to rotate.

param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
