import type { Context } from 'aws-lambda';

/** The invocation context Lambda hands a handler, as much of it as the handlers and their logger read. */
export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-north-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: '5c7e3d4b-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/22/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** The JSON lines a handler wrote while `act` ran: Powertools logs INFO to standard output, WARN and ERROR to error. */
export async function loggedLines(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }) as typeof stream.write;
  }
  try {
    await act();
  } finally {
    streams.forEach((stream, index) => {
      stream.write = writes[index] as typeof stream.write;
    });
  }
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
