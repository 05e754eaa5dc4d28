import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { UndeliverableMark } from '#shared/domain/undeliverable-mark.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { RegistrationTable } from './registration-table.tsx';

export interface WaitingListPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  offered: Registration[];
  waiting: Registration[];
  undeliverable: Map<string, UndeliverableMark>;
  notice?: 'promoted' | 'cancelled' | 'settingsSaved';
  settingsError?: boolean;
}

/** The waiting list in order, seats on offer with their deadlines, and how a freed seat moves. */
export function WaitingListPage(props: WaitingListPageProps) {
  const { language, event } = props;
  const t = organiserMessagesFor(language);
  const mayChange = mayChangeRegistrations(props.organiser.role);
  return (
    <OrganiserLayout
      {...props}
      title={`${workspaceMessagesFor(language).sections['waiting-list']}: ${event.title}`}
    >
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="waiting-list"
        heading={workspaceMessagesFor(language).sections['waiting-list']}
      />
      {props.notice && <ActionNotice>{t[props.notice]}</ActionNotice>}
      {props.offered.length > 0 && (
        <RegistrationTable
          id="offered"
          heading={t.offeredList}
          registrations={props.offered}
          language={language}
          event={event}
          undeliverable={props.undeliverable}
          editable={mayChange}
          action={mayChange ? { path: 'cancel', label: t.cancel, kind: 'danger' } : undefined}
        />
      )}
      <RegistrationTable
        id="waiting"
        heading={t.waitingList}
        registrations={props.waiting}
        language={language}
        event={event}
        undeliverable={props.undeliverable}
        showPosition
        editable={mayChange}
        action={mayChange ? { path: 'promote', label: t.promote, kind: 'secondary' } : undefined}
      />
      {mayChange && (
        <WaitingListSetting language={language} event={event} settingsError={props.settingsError} />
      )}
    </OrganiserLayout>
  );
}

function WaitingListSetting({
  language,
  event,
  settingsError,
}: {
  language: Language;
  event: EventRecord;
  settingsError?: boolean;
}) {
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
