// `import file from './x.ts?script'`: @crxjs/vite-plugin builds x.ts as a content script that can
// be registered or injected at run time, and the import gives its file name in the package.
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
