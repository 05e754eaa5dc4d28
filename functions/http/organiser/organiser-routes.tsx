import { Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import { requestSignInLink, signInWithLink } from '#operations/organisers/organiser-sign-in.ts';
import { ConfirmSignInPage, SignInPage } from '#web/pages/organiser/organiser-sign-in-pages.tsx';
import { apiTokenRoutes } from './api-token-routes.tsx';
import { organiserApplicationRoutes } from './application-review-routes.tsx';
import { auditRoutes } from './audit-routes.tsx';
import { organiserMeetingRoutes } from './meeting-routes.tsx';
import { organisationSettingsRoutes } from './organisation-settings-routes.tsx';
import { organisationSwitchRoutes } from './organisation-switch-routes.tsx';
import { type OrganiserEnv, requireOrganiser, setSessionCookie, signOut } from './organiser-session.ts';
import { organiserOutboxRoutes } from './outbox-routes.tsx';
import { organiserProgrammeRoutes } from './programme-routes.tsx';
import { webhookRoutes } from './webhook-routes.tsx';
import { workspaceRoutes } from './workspace-routes.ts';

/** The organisers' side: e-mailed one-time sign-in, then their own organisation's events and registrations. */
export function organiserRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;

  routes.get('/sign-in', (c) =>
    c.html(<SignInPage language={readerLanguage(c)} sent={false} showMailbox={showMailbox} />),
  );
  routes.post('/sign-in', async (c) => {
    const email = String((await c.req.formData()).get('email') ?? '').trim();
    if (email) await requestSignInLink(context, email);
    return c.html(<SignInPage language={readerLanguage(c)} sent showMailbox={showMailbox} />);
  });
  // The one-time sign-in link is a secret in the path, like a manage link: never cached, never sent on as a Referer.
  routes.use('/sign-in/:token', secretLinkHeaders);
  routes.get('/sign-in/:token', (c) =>
    c.html(<ConfirmSignInPage language="sv" path={`/organiser/sign-in/${c.req.param('token')}`} valid />),
  );
  routes.post('/sign-in/:token', async (c) => {
    const session = await signInWithLink(context, c.req.param('token'));
    if (!session) return c.html(<ConfirmSignInPage language="sv" path="" valid={false} />, 400);
    setSessionCookie(context, c, session);
    return c.redirect('/organiser', 303);
  });
  routes.post('/sign-out', async (c) => {
    await signOut(context, c);
    return c.redirect('/organiser/sign-in', 303);
  });

  const signedIn = new Hono<OrganiserEnv>();
  signedIn.use(requireOrganiser(context));
  signedIn.route('/', workspaceRoutes(context));
  signedIn.route('/', organiserProgrammeRoutes(context));
  signedIn.route('/', organiserOutboxRoutes(context));
  signedIn.route('/', organiserApplicationRoutes(context));
  signedIn.route('/', organiserMeetingRoutes(context));
  signedIn.route('/', organisationSwitchRoutes(context));
  signedIn.route('/', organisationSettingsRoutes(context));
  signedIn.route('/', apiTokenRoutes(context));
  signedIn.route('/', webhookRoutes(context));
  signedIn.route('/', auditRoutes(context));

  routes.route('/', signedIn);
  return routes;
}
