// One manifest.json for both stores; this adapts it per browser at build time.
// Firefox MV3 runs the background as an event page (`background.scripts`), needs a gecko id to be
// signed, and AMO requires `data_collection_permissions`. Firefox understands that key from 140
// (Android 142): `web-ext lint` warns for any lower minimum, and 140 is also the first Firefox with
// the CSS Custom Highlight API the underlines use. Chrome would only warn about these keys, but
// its build never gets them. Facts: shared reference browser-engineering §6.2, §1.2.
export type TargetBrowser = 'chrome' | 'firefox';

export const GECKO_ID = 'outloud@ontario-public-service.example';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } };

export function manifestFor(base: Manifest, browser: TargetBrowser): Manifest {
  const manifest: Manifest = structuredClone(base);
  if (browser === 'firefox') {
    const worker = base.background?.service_worker;
    manifest.background = { scripts: [worker], type: 'module' } as Manifest['background'];
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
