import type { AppContext } from '#context/app-context.ts';
import { saveProgrammeChange, slotChange } from '#operations/organisers/programme-changes.ts';
import { type ProgrammeSlot, slotSequence } from '#shared/domain/programme-slot.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import {
  problemsOfEdit,
  programmeWithNewSlot,
  programmeWithoutSlot,
  programmeWithRevisedSlots,
  slotsTouched,
} from '#shared/programme/slot-edits.ts';
import { readSlotForm, slotFormValues } from '#shared/programme/slot-form.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import type { ApiAnswer, ApiOperation } from './api-operation.ts';
import { eventPartOperations } from './event-part-operations.ts';
import {
  NewSlotSchema,
  OrganisationSlotSchema,
  ProgrammeSchema,
  SlotChangeSchema,
  SlotOutcomeSchema,
  SlotPath,
} from './programme-schemas.ts';

/** Where the slot editor's fields come from in a body: its day and clock times from the instants. */
const SLOT_FIELD_POINTERS: Record<string, string> = {
  day: '#/startsAt',
  starts: '#/startsAt',
  ends: '#/endsAt',
};
const pointersOf = (errors: FieldErrors) =>
  Object.entries(errors).map(([field, detail]) => ({
    pointer: SLOT_FIELD_POINTERS[field] ?? `#/${field}`,
    detail,
  }));

const CHANGED_MEANWHILE: ApiAnswer = {
  problem: 'conflict',
  detail: 'The programme was changed meanwhile: read it again.',
  extra: { code: 'changed-meanwhile' },
};

/**
 * An event's programme slot by slot, through the slot editor's rules and the programme's one save: each change
 * checked against the programme rules, stored with its audit entry naming the token, and told to the participants
 * who picked the session.
 */
export function programmeOperations(context: AppContext): ApiOperation[] {
  const shown = (page: EventPage, slot: ProgrammeSlot) => ({
    id: slot.id,
    startsAt: slot.startsAt,
    ...(slot.endsAt ? { endsAt: slot.endsAt } : {}),
    kind: slot.kind,
    title: slot.title,
    ...(slot.description ? { description: slot.description } : {}),
    speakers: slot.speakers,
    ...(slot.track ? { track: slot.track } : {}),
    materials: slot.materials,
    ...(slot.capacity === undefined ? {} : { capacity: slot.capacity }),
    picked: page.slotPicks[slot.id] ?? 0,
    sequence: slotSequence(slot, page.event),
  });

  /** A slot as the slot editor reads it: the candidate written into the editor's form and read back by its rules. */
  function readSlot(page: EventPage, candidate: ProgrammeSlot, stored?: ProgrammeSlot) {
    return readSlotForm(slotFormValues(candidate, page.event), {
      event: page.event,
      language: 'en',
      ...(stored ? { stored, picked: page.slotPicks[stored.id] ?? 0 } : {}),
    });
  }

  /** The programme rules a merge would break, as the 422 naming the start that moves it clear. */
  function brokenRules(page: EventPage, merge: MergedProgramme): ApiAnswer | undefined {
    const problems = problemsOfEdit({ ...page.event, language: 'en' }, merge);
    if (problems.length === 0) return undefined;
    return {
      problem: 'invalid',
      detail: 'The programme rules refuse the slot.',
      extra: { errors: problems.map(({ message }) => ({ pointer: '#/startsAt', detail: message })) },
    };
  }

  return eventPartOperations(
    context,
    {
      tag: 'Programme',
      path: '/organisation/events/{eventId}/programme',
      partPath: SlotPath,
      idParam: 'slotId',
      find: (page, { slotId }) => page.slots.find(({ id }) => id === slotId),
      missing: 'No such slot.',
    },
    {
      list: {
        operationId: 'getProgramme',
        summary: 'An event’s programme, with each session’s picks',
        success: { status: 200, description: 'The programme', schema: ProgrammeSchema },
        answer: (page) => ({ status: 200, body: { items: page.slots.map((slot) => shown(page, slot)) } }),
      },
      get: {
        operationId: 'getSlot',
        summary: 'One slot of the programme',
        success: { status: 200, description: 'The slot', schema: OrganisationSlotSchema },
        answer: (page, slot) => ({ status: 200, body: shown(page, slot) }),
      },
      create: {
        operationId: 'createSlot',
        summary: 'Add a slot to the programme',
        description:
          'As the programme editor adds one: the programme rules are checked (422 naming `#/startsAt`), and the slot gets an id from its start and title.',
        body: NewSlotSchema,
        success: { status: 201, description: 'The slot as stored', schema: SlotOutcomeSchema },
        answer: async (page, body, actor) => {
          const candidate: ProgrammeSlot = {
            ...body,
            id: '',
            eventId: page.event.id,
            speakers: body.speakers ?? [],
            materials: [],
          };
          const read = readSlot(page, candidate);
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The slot is not valid.',
              extra: { errors: pointersOf(read.errors) },
            };
          const merge = programmeWithNewSlot(page.slots, read.slot, page.retiredSlots);
          const broken = brokenRules(page, merge);
          if (broken) return broken;
          const [added = read.slot] = merge.added;
          const saved = await saveProgrammeChange(
            context,
            actor,
            page,
            merge,
            slotChange('slot-added', added, page.event, 'en'),
          );
          if (!saved) return CHANGED_MEANWHILE;
          return { status: 201, body: { slot: shown(saved.page, added), told: saved.told } };
        },
      },
      change: {
        operationId: 'changeSlot',
        summary: 'Change a slot; those who picked it are told of a new time',
        description:
          'As the slot editor saves: the slot as stored with the body’s fields over it, the programme rules checked, SEQUENCE raised where calendars must follow, participants who picked it told.',
        body: SlotChangeSchema,
        success: { status: 200, description: 'The slot as stored', schema: SlotOutcomeSchema },
        answer: async (page, slot, body, actor) => {
          const candidate = { ...slot } as Record<string, unknown>;
          for (const [field, value] of Object.entries(body))
            if (value === null) delete candidate[field];
            else if (value !== undefined) candidate[field] = value;
          const read = readSlot(page, candidate as unknown as ProgrammeSlot, slot);
          if (!read.ok)
            return {
              problem: 'invalid',
              detail: 'The change is not valid.',
              extra: { errors: pointersOf(read.errors) },
            };
          const merge = programmeWithRevisedSlots(page.slots, [read.slot]);
          if (slotsTouched(merge) === 0) return { status: 200, body: { slot: shown(page, slot), told: 0 } };
          const broken = brokenRules(page, merge);
          if (broken) return broken;
          const saved = await saveProgrammeChange(
            context,
            actor,
            page,
            merge,
            slotChange('slot-changed', read.slot, page.event, 'en'),
          );
          const stored = saved?.page.slots.find(({ id }) => id === slot.id);
          if (!saved || !stored) return CHANGED_MEANWHILE;
          return { status: 200, body: { slot: shown(saved.page, stored), told: saved.told } };
        },
      },
      remove: {
        operationId: 'deleteSlot',
        summary: 'Remove a slot; those who picked it get the cancellation',
        success: { status: 200, description: 'The slot as it was', schema: SlotOutcomeSchema },
        answer: async (page, slot, actor) => {
          const saved = await saveProgrammeChange(
            context,
            actor,
            page,
            programmeWithoutSlot(page.slots, slot.id),
            slotChange('slot-removed', slot, page.event, 'en'),
          );
          if (!saved) return CHANGED_MEANWHILE;
          return { status: 200, body: { slot: shown(page, slot), told: saved.told } };
        },
      },
    },
  );
}
