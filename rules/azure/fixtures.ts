import { ALNUM, BASE64, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const guid = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');

// The Azurite storage emulator's well-known key, split so no key literal sits in source.
const AZURITE = join('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50u', 'SRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==');

export function fixtures(): RuleFixtures {
  const key = join(rand(BASE64, 86), '==');
  const key2 = join(rand(BASE64, 86), '==');
  const conn = (account: string, k: string): string =>
    `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${k};EndpointSuffix=core.windows.net`;
  const sig = encodeURIComponent(join(rand(BASE64, 43), '='));
  const blobSas = `sp=r&st=2026-01-01T00:00:00Z&se=2026-12-31T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${sig}`;
  const accountSas = `sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupx&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sig}`;
  const sak = join(rand(BASE64, 43), '=');
  const secret = join(
    rand(ALNUM, 3),
    rand(DIGITS, 1),
    'Q~',
    rand(ALNUM, 10),
    '.',
    rand(ALNUM, 12),
    '~',
    rand(ALNUM, 10),
  );
  const legacySecret = rand(ALNUM, 40);
  const legacyB64 = join(rand(BASE64, 43), '=');
  return {
    'azure-storage-account-key': {
      truePositives: [
        { text: `AZURE_STORAGE_KEY=${key}`, secret: key },
        { text: `"storageAccountKey": "${key}",`, secret: key },
        { text: `storage_account_access_key = "${key2}"`, secret: key2 },
        {
          text: `AZURE_STORAGE_ACCESS_KEY=${key} az storage blob upload --account-name acmeprod -f db.bak`,
          secret: key,
        },
      ],
      falsePositives: [
        { text: 'AZURE_STORAGE_KEY: ${{ secrets.AZURE_STORAGE_KEY }}' },
        { text: 'AZURE_STORAGE_KEY=<storage-account-key>' },
        { text: `AZURE_STORAGE_KEY=${AZURITE}` },
        { text: join('storage_account_key = "', 'x'.repeat(86), '=="') },
      ],
    },
    'azure-storage-connection-string': {
      truePositives: [
        { text: `AZURE_STORAGE_CONNECTION_STRING="${conn('acmeprod', key)}"`, secret: key },
        { text: `{\n  "Values": {\n    "AzureWebJobsStorage": "${conn('acmefunc', key2)}"\n  }\n}`, secret: key2 },
        { text: `var client = new BlobServiceClient("${conn('acmelogs', key)}");`, secret: key },
      ],
      falsePositives: [
        { text: 'AzureWebJobsStorage=UseDevelopmentStorage=true' },
        {
          text: `"AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"`,
        },
        {
          text: 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=<name>;AccountKey=<key>;EndpointSuffix=core.windows.net"',
        },
      ],
    },
    'azure-sas-token': {
      truePositives: [
        { text: `curl -o db.bak "https://acmeprod.blob.core.windows.net/backups/db.bak?${blobSas}"`, secret: blobSas },
        {
          text: `"StorageConnection": "BlobEndpoint=https://acmeprod.blob.core.windows.net/;SharedAccessSignature=${accountSas}"`,
          secret: accountSas,
        },
        { text: `AZURE_SAS_TOKEN="?${accountSas}"`, secret: accountSas },
      ],
      falsePositives: [
        {
          text: 'https://acme.blob.core.windows.net/c/b.txt?sv=2019-12-12&ss=bfqt&srt=c&sp=rwdlacupx&se=2020-11-12T18:35:10Z&st=2020-11-12T10:35:10Z&spr=https&sig=Ab%1CDeFGHIjKlmNoPqRs2tUVwXYZAbcD3eFGhI4jk5lM%6N',
        },
        { text: 'AZURE_SAS_TOKEN="?sv=2022-11-02&ss=b&srt=co&sp=rl&se=<expiry>&spr=https&sig=<signature>"' },
        { text: `https://cdn.acme.io/img.png?w=640&h=480&fmt=webp&sig=${rand(HEX, 64)}` },
      ],
    },
    'azure-shared-access-key': {
      truePositives: [
        {
          text: `SERVICEBUS_CONNECTION="Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sak}"`,
          secret: sak,
        },
        {
          text: `"EventHub": "Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sak};EntityPath=telemetry"`,
          secret: sak,
        },
        {
          text: `IOTHUB_CONNECTION_STRING=HostName=acme.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${sak}`,
          secret: sak,
        },
      ],
      falsePositives: [
        {
          text: 'Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<key name>;SharedAccessKey=<key>',
        },
        {
          text: join(
            'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=',
            'A'.repeat(43),
            '=',
          ),
        },
      ],
    },
    'azure-ad-client-secret': {
      truePositives: [
        { text: `AZURE_CLIENT_SECRET=${secret}`, secret },
        { text: `"ClientSecret": "${secret}"`, secret },
        {
          text: `Connect-MgGraph -ClientSecretCredential (New-Object PSCredential('${guid()}', (ConvertTo-SecureString '${secret}' -AsPlainText -Force)))`,
          secret,
        },
        { text: `<value xsi:type="xsd:string">${secret}</value>`, secret },
      ],
      falsePositives: [
        { text: join('client_secret=bP88Q~', 'x'.repeat(34)) },
        { text: '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:translate3d(0,0,0)}' },
        {
          text: join(
            'The portal shows the value once; it starts with ',
            rand(ALNUM, 3),
            '8Q~',
            rand(ALNUM, 4),
            ' and is 40 characters long.',
          ),
        },
      ],
    },
    'azure-ad-client-secret-assignment': {
      truePositives: [
        { text: `var azureClientSecret := "${legacySecret}"`, secret: legacySecret },
        { text: `export ARM_CLIENT_SECRET=${legacyB64}`, secret: legacyB64 },
        { text: `spring.cloud.azure.credential.client-secret=${legacySecret}`, secret: legacySecret },
      ],
      falsePositives: [
        { text: 'AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}' },
        { text: "azure: ['azure-ad-client-secret', 'azure-ad-client-secret-assignment']," },
        { text: `AZURE_CLIENT_ID=${guid()}` },
        { text: `ad_tenant_id: "${guid()}"` },
        { text: 'AZURE_CLIENT_SECRET=<client-secret>' },
      ],
    },
  };
}
