import { Duration, Validations } from 'aws-cdk-lib';
import { HttpApi, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PDF_FONT_FILES } from '#context/pdf-fonts.ts';
import { AppFunction, type AppFunctionSettings } from './app-function.ts';
import type { DataTable } from './data-table.ts';
import type { LinkSecret } from './link-secret.ts';
import type { OriginSecret } from './origin-secret.ts';

/**
 * Requests per second, steady and in a burst. A registration opening for a large conference is a few thousand
 * sign-ups within minutes, with page views around them: far below this. It caps what a runaway client can cost.
 */
export const API_THROTTLE = { rateLimit: 200, burstLimit: 400 } as const;

export interface WebApiProps extends AppFunctionSettings {
  readonly data: DataTable;
  /** What CloudFront's requests carry; the function refuses any request without it. */
  readonly originSecret: OriginSecret;
  /** What the participants' manage links are derived from. */
  readonly linkSecret: LinkSecret;
}

/**
 * The Hono app (HTML pages and JSON API) behind an HTTP API that sends every route to it. The function answers only
 * requests carrying the origin secret, which it reads from Secrets Manager through the Parameters and Secrets
 * extension: the `execute-api` address itself is public, so the secret is what keeps callers coming via CloudFront.
 * The link secret comes the same way.
 */
export class WebApi extends Construct {
  readonly handler: AppFunction;
  readonly api: HttpApi;
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebApiProps) {
    super(scope, id);
    this.handler = new AppFunction(this, 'Handler', {
      entry: 'functions/lambda/api-handler.ts',
      service: 'api',
      description: 'Träffpunkt pages and JSON API',
      // API Gateway gives up after 30 seconds anyway.
      timeout: Duration.seconds(29),
      environment: props.environment,
      removalPolicy: props.removalPolicy,
      secrets: { ORIGIN_SECRET_ARN: props.originSecret.secret, LINK_SECRET_ARN: props.linkSecret.secret },
      // Certificates are written in DejaVu Sans (`functions/lambda/bundled-fonts.ts`).
      besideCode: Object.values(PDF_FONT_FILES).map((file) => `node_modules/dejavu-fonts-ttf/ttf/${file}`),
    });
    props.data.grantReadWriteItems(this.handler.function);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Träffpunkt',
      defaultIntegration: new HttpLambdaIntegration('App', this.handler.function),
      // Created below, with access logging, which the default stage cannot be given.
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.removalPolicy,
    });
    const stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      // Every route together; above this API Gateway answers 429 before the function (and the table) is reached.
      throttle: API_THROTTLE,
    });
    this.url = stage.url;

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Event pages and sign-up forms are public; organisers sign in inside the app (one-time e-mailed link, session cookie), so API Gateway has no authorizer to apply.',
    });
  }
}
