import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { TraffpunktStack } from './traffpunkt-stack.ts';

const app = new App();
const context = (key: string, fallback: string): string => app.node.tryGetContext(key) ?? fallback;

const stage = context('stage', 'dev');
if (!/^[a-z][a-z0-9-]*$/.test(stage)) {
  throw new Error(
    `The stage "${stage}" must be lower-case letters, digits and hyphens (it names the stack).`,
  );
}

new TraffpunktStack(app, `Traffpunkt-${stage}`, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: context('region', 'eu-north-1') },
  stage,
  mailFrom: context('mailFrom', 'Träffpunkt <no-reply@traffpunkt.se>'),
  publicBaseUrl: context('publicBaseUrl', 'https://traffpunkt.example'),
});

// cdk-nag 3 is a policy-validation plugin (no longer an aspect): synthesis fails on any unacknowledged error.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
