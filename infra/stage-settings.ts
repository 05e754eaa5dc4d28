/** What one deployment of Träffpunkt is configured with, from CDK context (`-c key=value` or `cdk.json`). */
export interface StageSettings {
  /** `prod` keeps its data when the stack or a resource goes away; any other stage is disposable. */
  readonly stage: string;
  readonly region: string;
  /** Sender of every e-mail, e.g. `Träffpunkt <no-reply@traffpunkt.se>`. */
  readonly mailFrom: string;
  /** The domain SES sends from, verified through the DKIM records the stack outputs: the sender's by default. */
  readonly mailDomain: string;
  /** The site's own name and its certificate (ACM, us-east-1); without it the site is at the CloudFront domain. */
  readonly customDomain?: { readonly name: string; readonly certificateArn: string };
  /** A WAF web ACL (CLOUDFRONT scope, us-east-1) to put in front of the site, when the operator has one. */
  readonly webAclArn?: string;
  /** Who is e-mailed when an alarm goes off; alarms still reach the topic without it. */
  readonly alarmEmail?: string;
}

const NAME = /^[a-z][a-z0-9-]*$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Reads and checks the context; a mistake stops synthesis with a message naming the key, before anything is
 * deployed. `context(key)` returns the value or undefined.
 */
export function stageSettingsFrom(context: (key: string) => string | undefined): StageSettings {
  const stage = context('stage') ?? 'dev';
  if (!NAME.test(stage)) {
    throw new Error(
      `The stage "${stage}" must be lower-case letters, digits and hyphens (it names the stack).`,
    );
  }
  const mailFrom = context('mailFrom') ?? 'Träffpunkt <no-reply@traffpunkt.se>';
  const mailDomain = context('mailDomain') ?? mailFrom.match(/@([^>\s]+)>?\s*$/)?.[1]?.toLowerCase();
  if (!mailDomain || !DOMAIN.test(mailDomain)) {
    throw new Error(
      `mailDomain "${mailDomain ?? ''}" is not a domain name; set it, or a mailFrom with an address.`,
    );
  }
  const domainName = context('domainName');
  const certificateArn = context('certificateArn');
  if (Boolean(domainName) !== Boolean(certificateArn)) {
    throw new Error(
      'domainName and certificateArn go together: the certificate (in us-east-1) must cover the name.',
    );
  }
  if (domainName && !DOMAIN.test(domainName))
    throw new Error(`domainName "${domainName}" is not a domain name.`);
  if (certificateArn && !/^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new Error('certificateArn must be an ACM certificate in us-east-1, where CloudFront looks for it.');
  }
  const alarmEmail = context('alarmEmail');
  if (alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new Error(`alarmEmail "${alarmEmail}" is not an e-mail address.`);
  }
  const webAclArn = context('webAclArn');
  return {
    stage,
    region: context('region') ?? 'eu-north-1',
    mailFrom,
    mailDomain,
    ...(domainName && certificateArn ? { customDomain: { name: domainName, certificateArn } } : {}),
    ...(webAclArn ? { webAclArn } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}
