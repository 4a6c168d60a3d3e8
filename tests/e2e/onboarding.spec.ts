import { test, expect, openApp } from './fixtures';
import { createPlanThroughUi } from './helpers';

test('the shared helper creates a plan through the onboarding screen', async ({ page }) => {
  await openApp(page);
  await createPlanThroughUi(page);
  await expect(page).toHaveURL(/#\/timeline/);
});
