// The re-plan dialog loads the plan engine and catalog; they are fetched only
// when the user opens it, so Today (the start screen) stays light.
import { lazy, Suspense, type ComponentProps } from 'react';

const ReplanDialog = lazy(() => import('./ReplanDialog').then((module) => ({ default: module.ReplanDialog })));

export function LazyReplanDialog(props: ComponentProps<typeof ReplanDialog>) {
  return (
    <Suspense fallback={null}>
      <ReplanDialog {...props} />
    </Suspense>
  );
}
