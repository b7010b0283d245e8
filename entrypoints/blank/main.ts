// Benchmark baseline: paint one number with no framework and no storage read,
// and mark the paint the same way the popup marks its balance.
document.getElementById('balance')!.textContent = '1 190,36 ₽';
requestAnimationFrame(() => performance.mark('iex:balance-painted'));
