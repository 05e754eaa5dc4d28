import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import {
  addWebhookEndpoint,
  endpointWithDeliveries,
  organisationWebhookEndpoints,
  sendWebhookAgain,
  switchEndpoint,
} from '#operations/webhooks/webhook-endpoints.ts';
import { mayManageOrganisation } from '#shared/domain/organiser.ts';
import { webhookMessagesFor } from '#shared/i18n/webhook-messages.ts';
import { readNewWebhookEndpoint } from '#shared/organiser/webhook-endpoint-form.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { WebhookDeliveriesPage } from '#web/pages/organiser/webhook-deliveries-page.tsx';
import { WebhooksPage, type WebhooksPageProps } from '#web/pages/organiser/webhooks-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceView } from './workspace-view.ts';

type PageState = Pick<WebhooksPageProps, 'created' | 'notice' | 'refusal' | 'errors' | 'values'>;

/**
 * The organisation's webhook endpoints (under /organiser/settings, behind the session), for its admins only: the
 * list, adding one (its signing secret shown once, in that answer only), turning one on or off, and each one's
 * deliveries with *Skicka igen*.
 */
export function webhookRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const adminsOnly = async (c: Context<OrganiserEnv>, next: () => Promise<void>) => {
    if (!mayManageOrganisation(c.var.organiser.role)) return c.text('Forbidden', 403);
    await next();
  };
  routes.use('/settings/webhooks', adminsOnly);
  routes.use('/settings/webhooks/*', adminsOnly);
  const allowLoopbackHttp = context.allowLoopbackWebhooks === true;

  const timeZoneOf = async (c: Context<OrganiserEnv>) =>
    (await getOrganisation(context.table, c.var.organiser.organisationId))?.country === 'NO'
      ? 'Europe/Oslo'
      : 'Europe/Stockholm';

  async function page(c: Context<OrganiserEnv>, state: PageState, status: 200 | 404 | 422 = 200) {
    const organiser = c.var.organiser;
    return c.html(
      <WebhooksPage
        {...(await workspaceView(context, c))}
        {...state}
        organiser={organiser}
        timeZone={await timeZoneOf(c)}
        endpoints={await organisationWebhookEndpoints(context, organiser.organisationId)}
        showMailbox={context.showMailbox === true}
        allowLoopbackHttp={allowLoopbackHttp}
      />,
      status,
    );
  }

  async function deliveriesPage(c: Context<OrganiserEnv>, state: { notice?: string; refusal?: string } = {}) {
    const found = await endpointWithDeliveries(
      context,
      c.var.organiser.organisationId,
      c.req.param('endpointId') ?? '',
    );
    if (!found) return page(c, { refusal: (await messages(c)).notFound }, 404);
    return c.html(
      <WebhookDeliveriesPage
        {...(await workspaceView(context, c))}
        {...state}
        {...found}
        organiser={c.var.organiser}
        timeZone={await timeZoneOf(c)}
        showMailbox={context.showMailbox === true}
      />,
    );
  }

  const messages = async (c: Context<OrganiserEnv>) =>
    webhookMessagesFor((await workspaceView(context, c)).language);

  routes.get('/settings/webhooks', (c) => page(c, {}));

  routes.post('/settings/webhooks', async (c) => {
    const form = await c.req.formData();
    const values = {
      url: String(form.get('url') ?? ''),
      description: String(form.get('description') ?? ''),
      eventTypes: form.getAll('eventTypes').map(String),
    };
    const read = readNewWebhookEndpoint(await messages(c), values, allowLoopbackHttp);
    if (!read.ok) return page(c, { errors: read.errors, values }, 422);
    const { secret, endpoint } = await addWebhookEndpoint(context, c.var.organiser, read.value);
    return page(c, { created: { url: endpoint.url, secret } });
  });

  for (const [action, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    routes.post(`/settings/webhooks/:endpointId/${action}`, async (c) => {
      const t = await messages(c);
      const switched = await switchEndpoint(context, c.var.organiser, c.req.param('endpointId'), enabled);
      if (!switched) return page(c, { refusal: t.notFound }, 404);
      return page(c, { notice: enabled ? t.switchedOn(switched.url) : t.switchedOff(switched.url) });
    });
  }

  routes.get('/settings/webhooks/:endpointId', (c) => deliveriesPage(c));

  routes.post('/settings/webhooks/:endpointId/deliveries/resend', async (c) => {
    const t = await messages(c);
    const deliveryId = String((await c.req.formData()).get('delivery') ?? '');
    const again = await sendWebhookAgain(context, c.var.organiser, c.req.param('endpointId'), deliveryId);
    if (again === undefined) return page(c, { refusal: t.notFound }, 404);
    return deliveriesPage(c, again ? { notice: t.sentAgain } : { refusal: t.notSentAgain });
  });

  return routes;
}
