import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { deadlineText, eventWhen } from '#shared/event-when.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { outboxMessagesFor } from '#shared/i18n/outbox-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { registrationEditMessagesFor } from '#shared/i18n/registration-edit-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import type { NeedCount } from '#shared/organiser/needs-summary.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { DelegationOverview } from '#web/components/delegation-overview.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { CancelEventSection } from './cancel-event-section.tsx';
import { EventDetailsSection, type EventDetailsState } from './event-details-section.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { WorkspaceEventLinks } from './workspace-event-links.tsx';

export interface OrganiserEventPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  event: EventRecord;
  confirmed: Registration[];
  offered: Registration[];
  waiting: Registration[];
  cancelled: Registration[];
  needs: { diet: NeedCount[]; accessibility: NeedCount[] };
  /** Addresses reported as bouncing or complaining, shown beside the registration. */
  undeliverable: Map<string, UndeliverableMark>;
  notice?: 'promoted' | 'cancelled' | 'settingsSaved';
  settingsError?: boolean;
  /** After the organiser cancelled the event: how many registered people were told. */
  eventCancelledNotified?: number;
  cancelNotConfirmed?: boolean;
  detailsState?: EventDetailsState;
  showMailbox: boolean;
}

/** One event's registrations for its organisers: counts, lists with actions, the export, and needs as totals only. */
export function OrganiserEventPage(props: OrganiserEventPageProps) {
  const { language, event } = props;
  const t = organiserMessagesFor(language);
  const mayChange = mayChangeRegistrations(props.organiser.role);
  const base = `/organiser/events/${event.id}`;
  return (
    <OrganiserLayout {...props} title={event.title}>
      <p class="kind">
        <a href="/organiser">{t.yourEvents}</a>
      </p>
      <h1>{event.title}</h1>
      <p>{eventWhen(event, language)}</p>
      {props.eventCancelledNotified !== undefined && (
        <ActionNotice>{t.eventCancelled(props.eventCancelledNotified)}</ActionNotice>
      )}
      {props.notice && <ActionNotice>{t[props.notice]}</ActionNotice>}
      <WorkspaceEventLinks language={language} event={event} organiser={props.organiser} />
      <dl class="facts">
        <dt>{t.counts.capacity}</dt>
        <dd>{event.capacity ?? '–'}</dd>
        <dt>{t.counts.confirmed}</dt>
        <dd>{props.confirmed.length}</dd>
        <dt>{t.counts.waiting}</dt>
        <dd>{props.waiting.length}</dd>
        <dt>{t.counts.cancelled}</dt>
        <dd>{props.cancelled.length}</dd>
      </dl>
      <p>
        <a href={`${base}/participants.csv`} download>
          {t.exportCsv}
        </a>
      </p>
      <p>
        <a href="/organiser/outbox">{outboxMessagesFor(language).link}</a>
      </p>
      {event.kind === 'working-group' && (
        <>
          <p>
            <a href={`${base}/applications`}>{selectionMessagesFor(language).applications}</a>
          </p>
          <p>
            <a href={`${base}/meetings`}>{meetingMessagesFor(language).meetingsLink}</a>
          </p>
        </>
      )}
      {mayChange ? (
        <p>
          <a href={`${base}/programme`}>{t.editProgramme}</a>
        </p>
      ) : (
        <p>{t.viewerNote}</p>
      )}
      {event.quotas && (
        <DelegationOverview language={language} quotas={event.quotas} registrations={props.confirmed} />
      )}
      <RegistrationTable
        id="confirmed"
        heading={t.confirmedList}
        registrations={props.confirmed}
        props={props}
        editable={mayChange}
        action={mayChange ? { path: 'cancel', label: t.cancel, kind: 'danger' } : undefined}
      />
      {props.offered.length > 0 && (
        <RegistrationTable
          id="offered"
          heading={t.offeredList}
          registrations={props.offered}
          props={props}
          editable={mayChange}
          action={mayChange ? { path: 'cancel', label: t.cancel, kind: 'danger' } : undefined}
        />
      )}
      <RegistrationTable
        id="waiting"
        heading={t.waitingList}
        registrations={props.waiting}
        props={props}
        showPosition
        editable={mayChange}
        action={mayChange ? { path: 'promote', label: t.promote, kind: 'secondary' } : undefined}
      />
      {mayChange && <WaitingListSetting {...props} />}
      {mayChange && <EventDetailsSection language={language} event={event} state={props.detailsState} />}
      {mayChange && (
        <CancelEventSection language={language} event={event} notConfirmed={props.cancelNotConfirmed} />
      )}
      <RegistrationTable
        id="cancelled"
        heading={t.cancelledList}
        registrations={props.cancelled}
        props={props}
      />
      <section aria-labelledby="needs">
        <h2 id="needs">{t.needsHeading}</h2>
        <p class="hint">{t.needsNote}</p>
        {props.needs.diet.length + props.needs.accessibility.length === 0 ? (
          <p>{t.noNeeds}</p>
        ) : (
          <>
            <NeedTable caption={t.diet} needs={props.needs.diet} countLabel={t.count} />
            <NeedTable caption={t.accessibility} needs={props.needs.accessibility} countLabel={t.count} />
          </>
        )}
      </section>
    </OrganiserLayout>
  );
}

function RegistrationTable({
  id,
  heading,
  registrations,
  props,
  showPosition,
  editable,
  action,
}: {
  id: string;
  heading: string;
  registrations: Registration[];
  props: OrganiserEventPageProps;
  showPosition?: boolean;
  /** Each registration links to its edit page (editors and admins; a cancelled one cannot change). */
  editable?: boolean;
  action?: { path: string; label: (name: string) => string; kind: 'secondary' | 'danger' };
}) {
  const t = organiserMessagesFor(props.language);
  const edit = registrationEditMessagesFor(props.language).edit;
  const kinds = participantMessagesFor(props.language).organisationKinds;
  const { event } = props;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({registrations.length})
      </h2>
      {registrations.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="mail-list">
            <thead>
              <tr>
                {showPosition && <th scope="col">{t.columns.position}</th>}
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.organisation}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.registeredAt}</th>
                {(editable || action) && <th scope="col">{t.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {registrations.map((registration) => (
                <tr>
                  {showPosition && <td>{registration.waitingPosition}</td>}
                  <td>
                    {registration.name}
                    {registration.offerExpiresAt &&
                      ` (${t.offerUntil(deadlineText(registration.offerExpiresAt, event.timeZone, props.language))})`}
                  </td>
                  <td>
                    {registration.email}
                    <UndeliverableNote
                      language={props.language}
                      mark={props.undeliverable.get(registration.email)}
                    />
                  </td>
                  <td>
                    {registration.organisation} ({kinds[registration.organisationKind]})
                  </td>
                  <td>{registration.role}</td>
                  <td>
                    {formatDate(registration.createdAt, event.timeZone, props.language)}{' '}
                    {formatClock(registration.createdAt, event.timeZone, props.language)}
                  </td>
                  {(editable || action) && (
                    <td>
                      {editable && (
                        <p>
                          <a href={`/organiser/events/${event.id}/registrations/${registration.id}`}>
                            {edit(registration.name)}
                          </a>
                        </p>
                      )}
                      {action && (
                        <ActionButton
                          action={`/organiser/events/${event.id}/registrations/${registration.id}/${action.path}`}
                          label={action.label(registration.name)}
                          kind={action.kind}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function UndeliverableNote({ language, mark }: { language: Language; mark?: UndeliverableMark }) {
  if (!mark) return null;
  return <strong> ({outboxMessagesFor(language).undeliverable[mark.reason]})</strong>;
}

function NeedTable({
  caption,
  needs,
  countLabel,
}: {
  caption: string;
  needs: NeedCount[];
  countLabel: string;
}) {
  if (needs.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="mail-list">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {needs.map((need) => (
            <tr>
              <td>{need.need}</td>
              <td>{need.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WaitingListSetting({ language, event, settingsError }: OrganiserEventPageProps) {
  const t = organiserMessagesFor(language);
  const offers = event.offerHours !== undefined;
  return (
    <section aria-labelledby="waiting-list-setting">
      <h2 id="waiting-list-setting">{t.waitingListMode}</h2>
      <form method="post" action={`/organiser/events/${event.id}/waiting-list`}>
        <fieldset>
          <legend>{t.waitingListMode}</legend>
          <div class="choice">
            <input type="radio" id="mode-immediate" name="mode" value="immediate" checked={!offers} />
            <label for="mode-immediate">{t.modeImmediate}</label>
          </div>
          <div class="choice">
            <input type="radio" id="mode-offers" name="mode" value="offers" checked={offers} />
            <label for="mode-offers">{t.modeOffers}</label>
          </div>
          <FormField
            name="offerHours"
            type="number"
            min={1}
            max={336}
            label={t.offerHours}
            value={String(event.offerHours ?? 48)}
            error={settingsError ? t.offerHoursInvalid : undefined}
          />
        </fieldset>
        <button type="submit" class="button">
          {t.saveSettings}
        </button>
      </form>
    </section>
  );
}
