import { Layout } from '#web/layout.tsx';

/** One operation of the API as its reference shows it. */
export interface ReferenceOperation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  /** The token it needs: none, read, or read-write. */
  tokenRole: string;
  parameters: { name: string; location: string; required: boolean; description?: string }[];
  /** The component the body is read as, if it takes one. */
  body?: string;
  responses: { status: string; description: string }[];
}

export interface ApiReferencePageProps {
  title: string;
  description: string;
  tags: { name: string; operations: ReferenceOperation[] }[];
  schemas: { name: string; description?: string; json: string }[];
  problems: { anchor: string; status: number; title: string }[];
}

/** A text of the document with its `code spans` (the one piece of Markdown it uses) shown as code. */
function Prose({ text }: { text: string }) {
  return <>{text.split('`').map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

/**
 * The API's reference for people, rendered on the server from the OpenAPI document: every operation with its token,
 * parameters, body and answers, the problems it answers with, and the shapes. No script: the page keeps the CSP.
 */
export function ApiReferencePage(props: ApiReferencePageProps) {
  return (
    <Layout language="en" title={props.title} description={props.description}>
      <h1>{props.title}</h1>
      <p>
        <Prose text={props.description} />
      </p>
      <p>
        The machine-readable document is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI
        3.1). Send an organisation's token as <code>Authorization: Bearer tp_…</code>; an admin makes one in
        Settings → API tokens.
      </p>
      <nav aria-labelledby="contents">
        <h2 id="contents">Contents</h2>
        <ul>
          {props.tags.map((tag) => (
            <li>
              {tag.name}
              <ul>
                {tag.operations.map((operation) => (
                  <li>
                    <a href={`#${operation.operationId}`}>{operation.summary}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#problems">Problems</a>
          </li>
          <li>
            <a href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>
      {props.tags.map((tag) => (
        <section aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {tag.operations.map((operation) => (
            <section class="api-operation" aria-labelledby={operation.operationId}>
              <h3 id={operation.operationId}>{operation.summary}</h3>
              <p>
                <code class="api-path">
                  {operation.method.toUpperCase()} /api/v1{operation.path}
                </code>
              </p>
              <p>
                Token: <strong>{operation.tokenRole === 'none' ? 'none needed' : operation.tokenRole}</strong>{' '}
                · operationId <code>{operation.operationId}</code>
              </p>
              {operation.description && (
                <p>
                  <Prose text={operation.description} />
                </p>
              )}
              {operation.parameters.length > 0 && (
                <div class="table-scroll">
                  <table class="mail-list">
                    <caption>Parameters</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">In</th>
                        <th scope="col">Description</th>
                      </tr>
                    </thead>
                    <tbody>
                      {operation.parameters.map((parameter) => (
                        <tr>
                          <td>
                            <code>{parameter.name}</code>
                            {parameter.required && ' (required)'}
                          </td>
                          <td>{parameter.location}</td>
                          <td>{parameter.description && <Prose text={parameter.description} />}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {operation.body && (
                <p>
                  Body: <a href={`#schema-${operation.body}`}>{operation.body}</a> (application/json)
                </p>
              )}
              <ul>
                {operation.responses.map((response) => (
                  <li>
                    <strong>{response.status}</strong> <Prose text={response.description} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      <section aria-labelledby="problems">
        <h2 id="problems">Problems</h2>
        <p>
          Every refusal is <code>application/problem+json</code> (RFC 9457) in English, its <code>type</code>{' '}
          one of these.
        </p>
        <ul>
          {props.problems.map((problem) => (
            <li id={problem.anchor}>
              <strong>{problem.status}</strong> {problem.title} (<code>{problem.anchor}</code>)
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        {props.schemas.map((schema) => (
          <section aria-labelledby={`schema-${schema.name}`}>
            <h3 id={`schema-${schema.name}`}>{schema.name}</h3>
            {schema.description && (
              <p>
                <Prose text={schema.description} />
              </p>
            )}
            <pre class="api-schema">{schema.json}</pre>
          </section>
        ))}
      </section>
    </Layout>
  );
}
