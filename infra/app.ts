import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageSettingsFrom } from './stage-settings.ts';
import { TraffpunktStack } from './traffpunkt-stack.ts';

const app = new App();
const settings = stageSettingsFrom((key) => app.node.tryGetContext(key));

new TraffpunktStack(app, `Traffpunkt-${settings.stage}`, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: settings.region },
  settings,
});

// cdk-nag 3 is a policy-validation plugin (no longer an aspect): synthesis fails on any unacknowledged error.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
