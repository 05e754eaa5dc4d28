import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { issueApiToken, organisationApiTokens, revokeApiToken } from '#operations/organisers/api-tokens.ts';
import { mayManageOrganisation } from '#shared/domain/organiser.ts';
import { apiTokenMessagesFor } from '#shared/i18n/api-token-messages.ts';
import { readNewApiToken } from '#shared/organiser/api-token-form.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { ApiTokensPage, type ApiTokensPageProps } from '#web/pages/organiser/api-tokens-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

type PageState = Pick<ApiTokensPageProps, 'created' | 'notice' | 'refusal' | 'errors' | 'values'>;

/**
 * The organisation's API tokens (under /organiser/settings, behind the session), for its admins only: the list,
 * making a token (its secret shown once, in that answer only) and revoking one.
 */
export function apiTokenRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const adminsOnly = async (c: Context<OrganiserEnv>, next: () => Promise<void>) => {
    if (!mayManageOrganisation(c.var.organiser.role)) return c.text('Forbidden', 403);
    await next();
  };
  routes.use('/settings/api-tokens', adminsOnly);
  routes.use('/settings/api-tokens/*', adminsOnly);

  async function page(c: Context<OrganiserEnv>, state: PageState, status: 200 | 404 | 422 = 200) {
    const organiser = c.var.organiser;
    const organisation = await getOrganisation(context.table, organiser.organisationId);
    return c.html(
      <ApiTokensPage
        {...(await workspaceView(context, c))}
        {...state}
        organiser={organiser}
        timeZone={organisation?.country === 'NO' ? 'Europe/Oslo' : 'Europe/Stockholm'}
        now={context.clock()}
        tokens={await organisationApiTokens(context, organiser.organisationId)}
        showMailbox={context.showMailbox === true}
      />,
      status,
    );
  }
  const messages = async (c: Context<OrganiserEnv>) =>
    apiTokenMessagesFor((await workspaceView(context, c)).language);

  routes.get('/settings/api-tokens', (c) => page(c, {}));

  routes.post('/settings/api-tokens', async (c) => {
    const values = Object.fromEntries(
      [...(await c.req.formData()).entries()].map(([name, value]) => [name, String(value)]),
    );
    const read = readNewApiToken(await messages(c), values);
    if (!read.ok) return page(c, { errors: read.errors, values }, 422);
    const { secret, token } = await issueApiToken(context, c.var.organiser, read.value);
    return page(c, { created: { name: token.name, secret } });
  });

  routes.post('/settings/api-tokens/:tokenId/revoke', async (c) => {
    const t = await messages(c);
    const revoked = await revokeApiToken(context, c.var.organiser, c.req.param('tokenId'));
    return revoked ? page(c, { notice: t.revoked(revoked.name) }) : page(c, { refusal: t.notFound }, 404);
  });

  return routes;
}
