// The Linux App Service plan and the web app that runs the one server (bot, tab, API) on Node 20,
// with its settings (DESIGN §9). App Service sets PORT itself.

param planName string
param siteName string
param location string
param sku string
param identityResourceId string
param identityClientId string
param identityTenantId string
param storageAccountUrl string
param appInsightsConnectionString string
param tabAppId string
param tabTenantIds string
// First start after deployment: empty values leave the settings unset (see docs/deploy.md).
param networkName string = ''
param networkPlace string = ''
param firstCoordinatorId string = ''
param firstCoordinatorName string = ''
param firstCoordinatorEmail string = ''
param firstCoordinatorOrganisation string = ''
// Microsoft Graph (docs/graph.md): the managed identity signs a federated credential of the tab's Entra app.
param graphOrganizer string = ''
param graphTeamsAppId string = ''

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // The deployment is built already (npm run build before zip deploy): start it, don't build it.
      appCommandLine: 'node dist/bot/src/index.js'
      healthCheckPath: '/healthz'
      // The Free tier has no Always On; elsewhere it keeps scheduled reminders and the bot warm.
      alwaysOn: sku != 'F1'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// Separate from the site so that the settings can use the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    STORAGE_ACCOUNT_URL: storageAccountUrl
    AZURE_CLIENT_ID: identityClientId
    BOT_ID: identityClientId
    BOT_TENANT_ID: identityTenantId
    BOT_TYPE: 'UserAssignedMSI'
    TAB_APP_ID: tabAppId
    TAB_APP_ID_URI: 'api://${site.properties.defaultHostName}/${tabAppId}'
    TAB_TENANT_IDS: tabTenantIds
    PUBLIC_URL: 'https://${site.properties.defaultHostName}'
    DEMO_DATA: 'false'
    NETWORK_NAME: networkName
    NETWORK_PLACE: networkPlace
    FIRST_COORDINATOR_ID: firstCoordinatorId
    FIRST_COORDINATOR_NAME: firstCoordinatorName
    FIRST_COORDINATOR_EMAIL: firstCoordinatorEmail
    FIRST_COORDINATOR_ORGANISATION: firstCoordinatorOrganisation
    GRAPH_ORGANIZER: graphOrganizer
    GRAPH_TENANT_ID: identityTenantId
    GRAPH_CLIENT_ID: tabAppId
    GRAPH_CREDENTIAL: 'managed-identity'
    GRAPH_TEAMS_APP_ID: graphTeamsAppId
    GRAPH_NOTIFICATION_URL: 'https://${site.properties.defaultHostName}/api/v1/graph/notifications'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
}

output id string = site.id
output hostName string = site.properties.defaultHostName
