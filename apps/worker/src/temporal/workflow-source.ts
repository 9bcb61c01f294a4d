import * as path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';

// dist/ mirrors the source tree, so the same relative path finds workflows/ in both.
const ROOT = path.resolve(__dirname, '../../../..');

/** Workflow code for the Worker: a pre-built bundle when given, else bundled now from workflows/. */
export function workflowSource(
  bundlePath?: string,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  if (bundlePath) return { workflowBundle: { codePath: bundlePath } };
  return { workflowsPath: require.resolve(path.join(ROOT, 'workflows')), bundlerOptions: workflowBundlerOptions() };
}

/** Lets webpack resolve the `@khen/domain` alias when bundling the TypeScript sources. */
export function workflowBundlerOptions(): NonNullable<WorkerOptions['bundlerOptions']> {
  return {
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.alias = {
        ...(config.resolve.alias as object),
        '@khen/domain': path.join(ROOT, 'libs/domain/src'),
      };
      return config;
    },
  };
}
