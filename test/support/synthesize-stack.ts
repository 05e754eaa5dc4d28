import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { type StageSettings, stageSettingsFrom } from '#infra/stage-settings.ts';
import { TraffpunktStack } from '#infra/traffpunkt-stack.ts';

/**
 * A stage of the stack and its CloudFormation template, from the same context `cdk synth -c key=value` reads.
 * Bundling runs esbuild on every handler: only the test that looks at the bundles asks for it.
 */
export function synthesizeStack(
  context: Record<string, string>,
  options: { bundle: boolean } = { bundle: false },
) {
  const app = new App(options.bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } });
  const settings: StageSettings = stageSettingsFrom((key) => context[key]);
  const stack = new TraffpunktStack(app, `Traffpunkt-${settings.stage}`, {
    env: { region: settings.region },
    settings,
  });
  const template = Template.fromStack(stack);
  return { stack, template, assemblyDirectory: app.outdir };
}

/** The logical id CloudFormation knows a construct's resource by, for `Ref` and `Fn::GetAtt` in assertions. */
export function logicalIdOf(stack: TraffpunktStack, construct: IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}
