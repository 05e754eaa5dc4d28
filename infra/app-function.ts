import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  type IDestination,
  Function as LambdaFunction,
  LoggingFormat,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsLogLevel,
  ParamsAndSecretsVersions,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { bundleFunction } from './function-bundle.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** What every function of the stack shares. */
export interface AppFunctionSettings {
  readonly environment: Record<string, string>;
  readonly removalPolicy: RemovalPolicy;
}

export interface AppFunctionProps extends AppFunctionSettings {
  /** The module exporting `handler`, relative to the repository root. */
  readonly entry: string;
  /** Names the function in its structured logs (Powertools' `service`). */
  readonly service: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly onFailure?: IDestination;
  /**
   * The secrets the function reads, by the environment variable that names each: the variable holds the ARN, never
   * the value, which the function asks the AWS Parameters and Secrets extension for.
   */
  readonly secrets?: Record<string, ISecret>;
  /**
   * Files the code reads beside itself at run time (a bundle has no node_modules), relative to the repository root:
   * copied next to `index.mjs`.
   */
  readonly besideCode?: readonly string[];
}

/**
 * One of the app's Lambda functions: the handler bundled by esbuild on this machine as minified ESM in chunks
 * (`function-bundle.ts`), Node 22 on ARM64, its own log group (JSON lines, kept a month) and a role that may write
 * only to that log group.
 */
export class AppFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;
  readonly service: string;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    // Instead of the managed AWSLambdaBasicExecutionRole, which may write to every log group of the account.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    this.logGroup = logGroup;
    this.service = props.service;
    const secrets = Object.entries(props.secrets ?? {});

    this.function = new LambdaFunction(this, 'Function', {
      // NodejsFunction cannot split code (it bundles to one outfile), so the stack runs esbuild itself, offline.
      code: Code.fromAsset(repositoryRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Never pulled: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('scratch'),
          // Names the entry in the options CDK caches a bundle by: every function's asset has the same source.
          command: ['bundle', props.entry, ...(props.besideCode ?? [])],
          local: {
            tryBundle(outputDir) {
              bundleFunction({ repositoryRoot, entry: props.entry, outputDir });
              for (const file of props.besideCode ?? [])
                copyFileSync(join(repositoryRoot, file), join(outputDir, basename(file)));
              return true;
            },
          },
        },
      }),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      // The default 128 MB also means a fraction of a vCPU: cold starts of the bundled app would be slow.
      memorySize: 512,
      timeout: props.timeout,
      role,
      logGroup,
      // Powertools writes JSON itself; this makes the runtime's own lines and any console output JSON too.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: {
        ...props.environment,
        ...Object.fromEntries(secrets.map(([variable, secret]) => [variable, secret.secretArn])),
        POWERTOOLS_SERVICE_NAME: props.service,
        NODE_OPTIONS: '--enable-source-maps',
      },
      onFailure: props.onFailure,
      paramsAndSecrets:
        secrets.length > 0
          ? ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
              logLevel: ParamsAndSecretsLogLevel.WARN,
            })
          : undefined,
    });
    for (const [, secret] of secrets) secret.grantRead(this.function);
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the design names and the bundles target (node22); it is a supported Lambda runtime. Moving to Node 24 is a deliberate upgrade of runtime, esbuild target and the local toolchain together.',
    });
  }
}
