/**
 * Stands in for the SDK's default credential chain (`@aws-sdk/credential-provider-node`) in the Lambda bundles. In
 * Lambda the runtime hands the function role's credentials over in the environment, the first place the chain
 * looks; the rest of it (profiles, SSO, web identity, container and instance metadata) never runs there, and was
 * 134 KB of the API bundle and a fifth of its start-up.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
