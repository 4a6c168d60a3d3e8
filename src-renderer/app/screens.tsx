// Each screen is its own lazily loaded chunk, so start-up only loads the shell
// and the screen the user is on.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteName } from './router';
import type { IconName } from '../ui/Icon';

export interface ScreenProps {
  params: URLSearchParams;
}

type Screen = LazyExoticComponent<ComponentType<ScreenProps>>;

export const SCREENS: Record<RouteName, Screen> = {
  today: lazy(() => import('../today/TodayScreen')),
  plan: lazy(() => import('../plan/PlanScreen')),
  new: lazy(() => import('../onboarding/OnboardingScreen')),
  timeline: lazy(() => import('../timeline/TimelineScreen')),
  progress: lazy(() => import('../progress/ProgressScreen')),
  readiness: lazy(() => import('../readiness/ReadinessScreen')),
  reminders: lazy(() => import('../reminders/RemindersScreen')),
  data: lazy(() => import('../data/DataScreen')),
  about: lazy(() => import('../about/AboutScreen')),
};

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
