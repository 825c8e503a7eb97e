import { setup } from './harness.mjs';
const s = await setup();
const which = process.argv[2] ?? 'present';
if (which === 'present') {
  for (const [w, h] of [[1920, 1080], [1024, 768]]) {
    const page = await s.page({ viewport: { width: w, height: h } });
    for (let i = 1; i <= 7; i++) {
      await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=${i}`);
      await page.getByTestId('present').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/leaders-shots/p${i}-${w}.png` });
    }
    console.log(s.errors(page));
    await page.context().close();
  }
} else {
  for (const w of [390, 1366, 1920]) {
    const page = await s.page({ viewport: { width: w, height: 900 } });
    await page.goto(`${s.baseUrl}?view=${which}&lang=vi`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/leaders-shots/${which}-${w}.png`, fullPage: true });
    console.log(s.errors(page));
    await page.context().close();
  }
}
await s.close();
