import { Fn, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  PriceClass,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { VIEWER_ADDRESS_HEADER } from '#http/client-address.ts';
import { ORIGIN_SECRET_HEADER } from '#http/origin-verification.ts';
import type { OriginSecret } from './origin-secret.ts';
import type { StageSettings } from './stage-settings.ts';

export interface WebDistributionProps {
  readonly api: HttpApi;
  readonly originSecret: OriginSecret;
  readonly assets: IBucket;
  readonly accessLogs: IBucket;
  readonly customDomain: StageSettings['customDomain'];
  readonly webAclArn: StageSettings['webAclArn'];
}

/**
 * The site's front door: CloudFront sends pages and the API to the HTTP API uncached (they are personal and
 * change), and `/assets/*` (content-hashed names) to the assets bucket, cached at the edge for as long as allowed.
 */
export class WebDistribution extends Construct {
  readonly distribution: Distribution;
  readonly apiRequests: OriginRequestPolicy;
  /** Where the site is reached: the custom domain, or CloudFront's own name for it. */
  readonly siteUrl: string;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);
    const apiDomain = `${props.api.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
    const { customDomain } = props;
    // The headers the app reads, and CloudFront's own with the viewer's address (the rate limits count per viewer,
    // not per edge location). Not the Host: it stays the API's, which API Gateway needs to route.
    this.apiRequests = new OriginRequestPolicy(this, 'ApiRequests', {
      comment: 'Träffpunkt pages and API: cookies, query, the headers the app reads, the viewer address',
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        VIEWER_ADDRESS_HEADER,
        'Origin',
        'Sec-Fetch-Site',
        'Content-Type',
        'Accept-Language',
      ),
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Träffpunkt',
      defaultBehavior: {
        origin: new HttpOrigin(apiDomain, {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          // Overwrites any header of that name a viewer sends; the api function refuses requests without it.
          customHeaders: { [ORIGIN_SECRET_HEADER]: props.originSecret.headerValue },
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: this.apiRequests,
        compress: true,
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: S3BucketOrigin.withOriginAccessControl(props.assets),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          compress: true,
        },
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Visitors are in Sweden and Norway: the edge locations of Europe and North America are enough, and cheapest.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(customDomain
        ? {
            domainNames: [customDomain.name],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: Certificate.fromCertificateArn(this, 'Certificate', customDomain.certificateArn),
          }
        : {}),
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
    });
    this.siteUrl = customDomain
      ? `https://${customDomain.name}`
      : Fn.join('', ['https://', this.distribution.distributionDomainName]);

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'Participants of Swedish and Norwegian public-sector events travel and work abroad; the platform has no legal reason to refuse any country.',
    });
    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'Public forms are rate-limited by the app and the API is throttled; a WAF (about 10 USD a month) is an operator choice, given with -c webAclArn=… (docs/deploying.md).',
      });
    }
    if (!customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose security policy (TLSv1) cannot be chosen; with -c domainName/certificateArn the policy is TLSv1.2_2021. Browsers negotiate TLS 1.2+ anyway.',
      });
    }
  }
}
