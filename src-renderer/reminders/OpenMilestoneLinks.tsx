// A notification click opens the app at that milestone (switching plans when
// it belongs to another). Mounted from the start, unlike the reminder sync, so
// a click that arrives while the app starts is not lost.
import { useEffect } from 'react';
import { useHost } from '../host/HostContext';
import { store } from '../db/door';
import { navigate } from '../nav/router';

export function OpenMilestoneLinks() {
  const host = useHost();
  useEffect(
    () =>
      host.onOpenMilestone(({ planId, milestoneId }) => {
        void store.setActivePlan(planId).then(() => navigate('timeline', milestoneId ? { milestone: milestoneId } : undefined));
      }),
    [host],
  );
  return null;
}
