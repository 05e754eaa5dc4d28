import type { DatePoll, PollAnswer, PollOption, PollResponse } from '#shared/domain/date-poll.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';

export type AnswerCounts = Record<PollAnswer, number>;

/** A municipality's members' answers to one option, and whether the municipality can come (someone can). */
export interface MunicipalityAnswer {
  counts: AnswerCounts;
  /** True when a member answered yes or if need be; false when every member who answered said no; undefined unanswered. */
  can?: boolean;
}

export interface OptionTally {
  option: PollOption;
  counts: AnswerCounts;
  /** Municipalities whose members all said no. */
  cannot: string[];
  /** Every municipality has a member who can come. */
  everyoneCan: boolean;
}

export interface PollTally {
  options: OptionTally[];
  /** One row per municipality of the group, by name: its answer to each option, by option id. */
  municipalities: { code: string; name: string; answers: Record<string, MunicipalityAnswer> }[];
  answered: number;
  members: number;
}

const none = (): AnswerCounts => ({ yes: 0, maybe: 0, no: 0 });

/**
 * The answers so far, per option and per municipality: a group meets as municipalities (a municipal officer with
 * their local police), so a time suits the group when every municipality has someone who can come.
 */
export function pollTally(
  poll: DatePoll,
  members: readonly GroupMember[],
  responses: readonly PollResponse[],
): PollTally {
  const answersOf = new Map(responses.map((response) => [response.memberId, response.answers]));
  const municipalities = [...new Map(members.map((member) => [member.municipalityCode, member.municipality]))]
    .sort(([, a], [, b]) => a.localeCompare(b, 'sv'))
    .map(([code, name]) => {
      const own = members.filter((member) => member.municipalityCode === code);
      const answers = Object.fromEntries(
        poll.options.map((option) => {
          const counts = none();
          for (const member of own) {
            const answer = answersOf.get(member.memberId)?.[option.id];
            if (answer) counts[answer] += 1;
          }
          const answered = counts.yes + counts.maybe + counts.no;
          const can = answered === 0 ? undefined : counts.yes + counts.maybe > 0;
          return [option.id, { counts, ...(can === undefined ? {} : { can }) }];
        }),
      );
      return { code, name, answers };
    });
  const options = poll.options.map((option) => {
    const counts = none();
    for (const row of municipalities) {
      const cell = row.answers[option.id]?.counts ?? none();
      counts.yes += cell.yes;
      counts.maybe += cell.maybe;
      counts.no += cell.no;
    }
    const cannot = municipalities
      .filter((row) => row.answers[option.id]?.can === false)
      .map(({ name }) => name);
    const everyoneCan =
      municipalities.length > 0 && municipalities.every((row) => row.answers[option.id]?.can === true);
    return { option, counts, cannot, everyoneCan };
  });
  const memberIds = new Set(members.map(({ memberId }) => memberId));
  return {
    options,
    municipalities,
    answered: responses.filter(({ memberId }) => memberIds.has(memberId)).length,
    members: members.length,
  };
}
