import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { postedFields } from '#http/form-body.ts';
import {
  type SavedProgramme,
  saveProgrammeChange,
  slotChange,
} from '#operations/organisers/programme-changes.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { slotEditorMessagesFor } from '#shared/i18n/slot-editor-messages.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import {
  problemsOfEdit,
  programmeWithNewSlot,
  programmeWithoutSlot,
  programmeWithRevisedSlots,
  slotsTouched,
} from '#shared/programme/slot-edits.ts';
import { capacityValue, newSlotValues, readSlotForm, slotFormValues } from '#shared/programme/slot-form.ts';
import { MOVE_DIRECTIONS, swappedWithNeighbour } from '#shared/programme/slot-swap.ts';
import { NotFoundPage } from '#web/pages/not-found-page.tsx';
import { SlotEditorPage, type SlotEditorPageProps } from '#web/pages/organiser/slot-editor-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { programmeEditor } from './programme-editor-view.tsx';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

type SlotForm = Pick<SlotEditorPageProps, 'values' | 'errors' | 'refusal' | 'removeNotConfirmed'>;

/**
 * The programme slot by slot (under /organiser, behind the session): add one, change one, remove one after a
 * confirmation, move one earlier or later in its track. Each change is checked against the programme rules, stored
 * as a merged programme (so a slot keeps its id, and its SEQUENCE rises where calendars must follow) with its audit
 * entry, and told to the participants who picked the session. Forms that change a stored slot carry the SEQUENCE
 * they were rendered with: a slot changed since is not overwritten but shown as it now is.
 */
export function organiserSlotRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  const slotPage = (
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    form: SlotForm,
    slot?: ProgrammeSlot,
  ) => (
    <SlotEditorPage
      language={access.language}
      organiser={c.var.organiser}
      organisationName={access.organisationName}
      showMailbox={context.showMailbox === true}
      event={access.page.event}
      slot={slot}
      {...form}
    />
  );

  /** The event's stored slot named in the path, once the organiser may change the event. */
  async function storedSlot(c: Context<OrganiserEnv>) {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const slot = access.page.slots.find(({ id }) => id === c.req.param('slotId'));
    if (!slot) return c.html(<NotFoundPage language={access.language} />, 404);
    return { access, slot };
  }

  /** The fields of the posted form, which `readableForm` has read already. */
  const formValues = async (c: Context<OrganiserEnv>) => (await postedFields(c)) ?? {};

  /** The form's SEQUENCE is the stored slot's: nobody changed it since the form was rendered. */
  const unchangedSince = (values: Record<string, string>, slot: ProgrammeSlot) =>
    values.sequence === String(slot.sequence ?? 0);

  /**
   * The capacity the form was rendered with is no longer stored, and the form would write another one over the
   * colleague's: a new capacity raises no SEQUENCE to tell by.
   */
  const overwritesCapacity = (values: Record<string, string>, slot: ProgrammeSlot, revision: ProgrammeSlot) =>
    values.storedCapacity !== capacityValue(slot) && revision.capacity !== slot.capacity;

  /** The slot's form as it is stored now, telling why what was sent is not saved. */
  const changedMeanwhile = (c: Context<OrganiserEnv>, access: WorkspaceAccess, slot: ProgrammeSlot) =>
    c.html(
      slotPage(
        c,
        access,
        {
          values: slotFormValues(slot, access.page.event),
          errors: {},
          refusal: slotEditorMessagesFor(access.language).notices.changedMeanwhile,
        },
        slot,
      ),
      409,
    );

  /**
   * The programme rules the edited programme would break, in one message; undefined if none. A form shows it on
   * the slot's start: that is what moves it clear.
   */
  function brokenRules(access: WorkspaceAccess, merge: MergedProgramme): string | undefined {
    const problems = problemsOfEdit({ ...access.page.event, language: access.language }, merge);
    return problems.length > 0 ? problems.map(({ message }) => message).join(' ') : undefined;
  }

  /** After a stored change: the editor with what was done and how many participants are told. */
  function afterSave(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    outcome: SavedProgramme,
    done: string,
  ) {
    const t = slotEditorMessagesFor(access.language).notices;
    const notice = outcome.told > 0 ? `${done} ${t.told(outcome.told)}` : done;
    return c.html(programmeEditor(context, c.var.organiser, { ...access, page: outcome.page }, { notice }));
  }

  routes.get('/events/:eventId/programme/new-slot', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    return c.html(slotPage(c, access, { values: newSlotValues(access.page.event), errors: {} }));
  });

  routes.post('/events/:eventId/programme/new-slot', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event, slots, retiredSlots } = access.page;
    const values = await formValues(c);
    const read = readSlotForm(values, { event, language: access.language });
    if (!read.ok) return c.html(slotPage(c, access, { values, errors: read.errors }), 422);
    const merge = programmeWithNewSlot(slots, read.slot, retiredSlots);
    const broken = brokenRules(access, merge);
    if (broken) return c.html(slotPage(c, access, { values, errors: { starts: broken } }), 422);
    const [added = read.slot] = merge.added;
    const t = slotEditorMessagesFor(access.language).notices;
    const outcome = await saveProgrammeChange(
      context,
      c.var.organiser,
      access.page,
      merge,
      slotChange('slot-added', added, access.page.event, access.language),
    );
    if (!outcome) {
      const refusal = organiserMessagesFor(access.language).programmeChangedMeanwhile;
      return c.html(slotPage(c, access, { values, errors: {}, refusal }), 409);
    }
    return afterSave(c, access, outcome, t.added(added.title));
  });

  routes.get('/events/:eventId/programme/slots/:slotId', async (c) => {
    const found = await storedSlot(c);
    if (found instanceof Response) return found;
    const { access, slot } = found;
    return c.html(slotPage(c, access, { values: slotFormValues(slot, access.page.event), errors: {} }, slot));
  });

  routes.post('/events/:eventId/programme/slots/:slotId', async (c) => {
    const found = await storedSlot(c);
    if (found instanceof Response) return found;
    const { access, slot } = found;
    const { event, slots, slotPicks } = access.page;
    const values = await formValues(c);
    if (!unchangedSince(values, slot)) return changedMeanwhile(c, access, slot);
    const read = readSlotForm(values, {
      event,
      language: access.language,
      stored: slot,
      picked: slotPicks[slot.id] ?? 0,
    });
    if (!read.ok) return c.html(slotPage(c, access, { values, errors: read.errors }, slot), 422);
    if (overwritesCapacity(values, slot, read.slot)) return changedMeanwhile(c, access, slot);
    const merge = programmeWithRevisedSlots(slots, [read.slot]);
    const t = slotEditorMessagesFor(access.language).notices;
    if (slotsTouched(merge) === 0)
      return c.html(programmeEditor(context, c.var.organiser, access, { notice: t.unchanged(slot.title) }));
    const broken = brokenRules(access, merge);
    if (broken) return c.html(slotPage(c, access, { values, errors: { starts: broken } }, slot), 422);
    const outcome = await saveProgrammeChange(
      context,
      c.var.organiser,
      access.page,
      merge,
      slotChange('slot-changed', read.slot, access.page.event, access.language),
    );
    if (!outcome) return changedMeanwhile(c, access, slot);
    return afterSave(c, access, outcome, t.saved(read.slot.title));
  });

  routes.post('/events/:eventId/programme/slots/:slotId/remove', async (c) => {
    const found = await storedSlot(c);
    if (found instanceof Response) return found;
    const { access, slot } = found;
    const values = await formValues(c);
    if (!unchangedSince(values, slot)) return changedMeanwhile(c, access, slot);
    if (values.confirm !== 'yes') {
      const form = { values: slotFormValues(slot, access.page.event), errors: {}, removeNotConfirmed: true };
      return c.html(slotPage(c, access, form, slot), 422);
    }
    const outcome = await saveProgrammeChange(
      context,
      c.var.organiser,
      access.page,
      programmeWithoutSlot(access.page.slots, slot.id),
      slotChange('slot-removed', slot, access.page.event, access.language),
    );
    if (!outcome) return changedMeanwhile(c, access, slot);
    return afterSave(c, access, outcome, slotEditorMessagesFor(access.language).notices.removed(slot.title));
  });

  routes.post('/events/:eventId/programme/slots/:slotId/move', async (c) => {
    const found = await storedSlot(c);
    if (found instanceof Response) return found;
    const { access, slot } = found;
    const { event, slots } = access.page;
    const organiser = c.var.organiser;
    const t = slotEditorMessagesFor(access.language).notices;
    const refused = (refusal: string, status: 409 | 422) =>
      c.html(programmeEditor(context, organiser, access, { refusal }), status);
    const values = await formValues(c);
    if (!unchangedSince(values, slot)) return refused(t.changedMeanwhile, 409);
    const direction = MOVE_DIRECTIONS.find((each) => each === values.direction);
    const swapped = direction && swappedWithNeighbour(slots, slot.id, direction, event.timeZone);
    if (!swapped) return refused(t.cannotMove(slot.title), 422);
    const merge = programmeWithRevisedSlots(slots, swapped);
    const broken = brokenRules(access, merge);
    if (broken) return refused(broken, 422);
    const moved = merge.slots.find(({ id }) => id === slot.id) ?? slot;
    const outcome = await saveProgrammeChange(
      context,
      organiser,
      access.page,
      merge,
      slotChange('slots-reordered', moved, access.page.event, access.language),
    );
    if (!outcome) return refused(t.changedMeanwhile, 409);
    return afterSave(c, access, outcome, t.moved(slot.title));
  });

  return routes;
}
