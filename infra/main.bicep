// Azure resources of Nätverksmöten i Teams (DESIGN §7): one Linux web app (bot, tab and API), a
// user-assigned managed identity as the bot's identity and for Table Storage, the Azure Bot with the
// Teams channel, a storage account with the app's tables, and Application Insights.
// Deployed by the Agents Toolkit (m365agents.yml, arm/deploy) or `az deployment group create`.

@minLength(3)
@maxLength(11)
@description('Base of the resource names: lowercase letters and digits (the storage account allows nothing else).')
param resourceBaseName string

@description('Azure region of the resources; the Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan SKU (Linux). B1 is the smallest with Always On.')
param appServiceSku string = 'B1'

@maxLength(42)
@description('Name of the bot as the Azure Bot resource shows it.')
param botDisplayName string = 'Nätverksmöten'

@description('Client id of the Entra app registration for tab SSO (webApplicationInfo.id in the Teams manifest).')
param tabAppId string

@description('Tenant whose Teams SSO tokens the tab API accepts (comma-separated for several).')
param tabTenantIds string

// First start after deployment (docs/deploy.md): the network and its first coordinator, created when missing.
// Leave firstCoordinatorId empty to create nothing.
@description('Name of the first network (NETWORK_NAME); its id is made from the name.')
param networkName string = ''

@description('Default meeting place of the first network (NETWORK_PLACE); empty for "Digitalt via Teams".')
param networkPlace string = ''

@description('Entra object id of the first coordinator (FIRST_COORDINATOR_ID).')
param firstCoordinatorId string = ''

@description('Display name of the first coordinator (FIRST_COORDINATOR_NAME).')
param firstCoordinatorName string = ''

@description('E-mail address of the first coordinator (FIRST_COORDINATOR_EMAIL).')
param firstCoordinatorEmail string = ''

@description('Organisation of the first coordinator (FIRST_COORDINATOR_ORGANISATION), created with kind "annan".')
param firstCoordinatorOrganisation string = ''

// Microsoft Graph with the app's identity (docs/graph.md): empty leaves Graph off and the app works with cards only.
@description('Mailbox that owns the network meetings (GRAPH_ORGANIZER); empty = Graph off.')
param graphOrganizer string = ''

@description('The Teams app id in the organisation app catalog (GRAPH_TEAMS_APP_ID), for proactive installation.')
param graphTeamsAppId string = ''

// Global names (web app host name, storage account, bot handle) get a suffix unique to the resource group.
var suffix = uniqueString(resourceGroup().id)
// The tables the app uses (bot/src/storage/table-stores.ts, TABLES).
var tableNames = ['networks', 'organisations', 'members', 'meetings', 'meetingdata', 'conversations', 'botstate', 'focus', 'dialogues', 'polls', 'datepolls', 'searchindex']

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${resourceBaseName}-id'
    location: location
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: resourceBaseName
    location: location
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('${resourceBaseName}${suffix}', 24)
    location: location
    tableNames: tableNames
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module app 'modules/app-service.bicep' = {
  name: 'app-service'
  params: {
    planName: '${resourceBaseName}-plan'
    siteName: '${resourceBaseName}-${suffix}'
    location: location
    sku: appServiceSku
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    storageAccountUrl: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    tabAppId: tabAppId
    tabTenantIds: tabTenantIds
    networkName: networkName
    networkPlace: networkPlace
    firstCoordinatorId: firstCoordinatorId
    firstCoordinatorName: firstCoordinatorName
    firstCoordinatorEmail: firstCoordinatorEmail
    firstCoordinatorOrganisation: firstCoordinatorOrganisation
    graphOrganizer: graphOrganizer
    graphTeamsAppId: graphTeamsAppId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'azure-bot'
  params: {
    name: '${resourceBaseName}-bot-${suffix}'
    displayName: botDisplayName
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
  }
}

// The Agents Toolkit writes these to env/.env.<name> (names upper-cased as they are).
output AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id
output BOT_ID string = identity.outputs.clientId
output TAB_DOMAIN string = app.outputs.hostName
output TAB_ENDPOINT string = 'https://${app.outputs.hostName}'
output STORAGE_ACCOUNT_URL string = storage.outputs.tableEndpoint
output GRAPH_NOTIFICATION_URL string = 'https://${app.outputs.hostName}/api/v1/graph/notifications'
