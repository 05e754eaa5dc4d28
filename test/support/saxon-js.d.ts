/** The one call the Peppol rules need from SaxonJS, which ships no types. */
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetFileName: string;
    sourceText: string;
    destination: 'serialized';
  }
  const SaxonJS: { transform(options: TransformOptions, mode: 'sync'): { principalResult: string } };
  export default SaxonJS;
}
