// Full-page screenshots into e2e/screenshots/<project>/ (git-ignored), to look at by eye.
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(import.meta.dirname, '..', 'screenshots', testInfo.project.name, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
}
