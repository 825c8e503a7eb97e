// Clearly SYNTHETIC test data shared by the e2e tests (made-up communes, deterministic).

/**
 * A clearly SYNTHETIC long CSV of n communes over two years. Names are unique after folding.
 * The poverty rate of unit i in 2024 is that of unit i + n/2 in 2023, so every unit moves by
 * half the ranking and changes quantile class between the years.
 */
export function syntheticCommunes(n) {
  const lines = ['unit_code,unit_name,year,indicator,value'];
  const names = new Map();
  for (let i = 0; i < n; i++) {
    const code = String(90001 + i);
    const name = `Xã Giả Lập ${String(i + 1).padStart(4, '0')}`;
    names.set(code, name);
    const total = 1000 + ((i * 37) % 500);
    for (const [year, k] of [[2023, i], [2024, (i + n / 2) % n]]) {
      const rate = 2 + (30 * k) / n;
      const poor = Math.round((total * rate) / 100);
      lines.push(`${code},${name},${year},total_households,${total}`, `${code},${name},${year},poor_households,${poor}`,
        `${code},${name},${year},poverty_rate,${((100 * poor) / total).toFixed(2)}`);
    }
  }
  return { csv: `${lines.join('\n')}\n`, names };
}
