import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Table } from '#store/table/table.ts';
import { recordDynamoDbCalls } from './dynamodb-call-recorder.ts';
import { percentile } from './percentile.ts';
import { burstParticipant, postSignUp, signUpUrl } from './sign-up-burst.ts';

export interface WaitingSignUpLatency {
  samples: number;
  appP50Ms: number;
  /** DynamoDB calls the app made per waiting-list sign-up (the last sample). */
  callsPerSignUp: string[];
}

/**
 * Sign-ups one at a time to an event that is full, each landing on the waiting list: their latency through the
 * whole app, to be set against the bare transaction of a confirmed sign-up measured in the same run.
 */
export async function measureWaitingSignUps(options: {
  table: Table;
  baseUrl: string;
  eventId: string;
  warmUp: number;
  samples: number;
}): Promise<WaitingSignUpLatency> {
  const recorder = recordDynamoDbCalls(options.table, { meterCapacity: false });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = signUpUrl(options.baseUrl, options.eventId);
  const latencies: number[] = [];
  let callsPerSignUp: string[] = [];
  try {
    for (let n = 0; n < options.warmUp + options.samples; n += 1) {
      const firstCall = recorder.calls.length;
      const response = await postSignUp(agent, url, burstParticipant(options.eventId, n), performance.now());
      if (response.status !== 201) throw new Error(`waiting sign-up ${n} answered ${response.status}`);
      if (n >= options.warmUp) latencies.push(response.latencyMs);
      callsPerSignUp = recorder.calls.slice(firstCall).map((call) => call.command.replace(/Command$/, ''));
    }
  } finally {
    recorder.stop();
    agent.destroy();
  }
  return { samples: options.samples, appP50Ms: percentile(latencies, 50), callsPerSignUp };
}
