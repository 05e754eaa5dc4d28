/**
 * A Secrets Manager secret read through the AWS Parameters and Secrets Lambda Extension (a layer the stack adds):
 * an HTTP call to the extension on localhost, which calls GetSecretValue with the function's role and caches the
 * answer. No SDK client in the bundle. The extension starts beside the function's own init and may not be ready
 * during it, so the value is read on the first request, kept for the life of the instance, and asked for again after
 * a failure.
 */
export function secretFromExtension(
  secretId: string,
  env: NodeJS.ProcessEnv = process.env,
): () => Promise<string> {
  let reading: Promise<string> | undefined;
  return () => {
    reading ??= readSecret(secretId, env).catch((error: unknown) => {
      reading = undefined;
      throw error;
    });
    return reading;
  };
}

async function readSecret(secretId: string, env: NodeJS.ProcessEnv): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`;
  // The extension answers only callers that show the function's session token.
  const response = await fetch(url, {
    headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
  });
  if (!response.ok)
    throw new Error(`The secrets extension answered ${response.status} for the secret ${secretId}`);
  const { SecretString } = (await response.json()) as { SecretString?: string };
  if (!SecretString) throw new Error(`The secret ${secretId} has no string value`);
  return SecretString;
}
