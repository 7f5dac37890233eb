import type { Locator, Page } from 'playwright-core';

/**
 * Picks a region in a RegionPicker ("<prefix>: Provinsi", then "<prefix>: Kabupaten/kota").
 * The kabupaten list loads after the province is chosen; selectOption waits for its option.
 */
export async function pickRegion(
  scope: Page | Locator,
  prefix: string,
  province: string,
  regency?: string,
) {
  await scope.getByRole('combobox', { name: `${prefix}: Provinsi` }).selectOption(province);
  if (regency)
    await scope.getByRole('combobox', { name: `${prefix}: Kabupaten/kota` }).selectOption(regency);
}

/** An ISO date `days` before today (dates in forms may not lie in the future). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
