// Each screen is its own lazily loaded chunk, so start-up only loads the shell
// and the screen the user is on.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from '../nav/router';
import type { IconName } from '../ui/Icon';
import type { ScreenProps } from '../nav/screen-props';

type Screen = LazyExoticComponent<ComponentType<ScreenProps>>;
type ScreenModule = Promise<{ default: ComponentType<ScreenProps> }>;

const LOADERS: Record<RouteName, () => ScreenModule> = {
  today: () => import('../today/TodayScreen'),
  plan: () => import('../plan/PlanScreen'),
  new: () => import('../onboarding/OnboardingScreen'),
  timeline: () => import('../timeline/TimelineScreen'),
  progress: () => import('../progress/ProgressScreen'),
  readiness: () => import('../readiness/ReadinessScreen'),
  reminders: () => import('../reminders/RemindersScreen'),
  data: () => import('../data/DataScreen'),
  about: () => import('../about/AboutScreen'),
};

const loaded: Partial<Record<RouteName, ComponentType<ScreenProps>>> = {};
const loading: Partial<Record<RouteName, ScreenModule>> = {};

function load(name: RouteName): ScreenModule {
  const started = (loading[name] ??= LOADERS[name]().then((module) => {
    loaded[name] = module.default;
    return module;
  }));
  // A failed load may be retried (React.lazy reports it, the next visit tries again).
  started.catch(() => delete loading[name]);
  return started;
}

const SCREENS = Object.fromEntries((Object.keys(LOADERS) as RouteName[]).map((name) => [name, lazy(() => load(name))])) as Record<RouteName, Screen>;

/**
 * The component for a screen: the loaded module itself once it is in memory
 * (no Suspense round, so React's fallback throttle never delays it), else a
 * lazy wrapper that loads it.
 */
export function screenFor(name: RouteName): ComponentType<ScreenProps> {
  return loaded[name] ?? SCREENS[name];
}

/** Starts fetching a screen's code now (e.g. the first screen, while the database opens). */
export function preloadScreen(name: RouteName): void {
  load(name).catch(() => undefined);
}

/** Fetches every screen's code (once the first screen is up), so moving between screens waits only for their data. */
export function preloadAllScreens(): void {
  for (const name of Object.keys(LOADERS) as RouteName[]) preloadScreen(name);
}

export function isScreenLoaded(name: RouteName): boolean {
  return loaded[name] !== undefined;
}

/** Settles when the screen's code has loaded or failed to load. */
export function whenScreenLoaded(name: RouteName): Promise<void> {
  return load(name).then(
    () => undefined,
    () => undefined,
  );
}

export const NAV_ITEMS: { route: RouteName; label: string; icon: IconName }[] = [
  { route: 'today', label: 'Today', icon: 'home' },
  { route: 'plan', label: 'Plan', icon: 'plan' },
  { route: 'timeline', label: 'Timeline', icon: 'timeline' },
  { route: 'progress', label: 'Progress', icon: 'progress' },
  { route: 'readiness', label: 'Exam readiness', icon: 'readiness' },
  { route: 'reminders', label: 'Reminders', icon: 'reminders' },
  { route: 'data', label: 'Data', icon: 'data' },
  { route: 'about', label: 'About', icon: 'about' },
];

/** Screen titles for the document title and the focus move on navigation. */
export const SCREEN_TITLES: Record<RouteName, string> = {
  today: 'Today',
  plan: 'Plan',
  new: 'New plan',
  timeline: 'Timeline',
  progress: 'Progress',
  readiness: 'Exam readiness',
  reminders: 'Reminders',
  data: 'Data',
  about: 'About',
};
