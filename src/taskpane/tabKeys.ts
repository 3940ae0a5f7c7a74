/**
 * Where a key moves focus in the page tab row, by WAI-ARIA's tabs pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): the arrows to the next or previous tab, round
 * from the last to the first and back, Home and End to the ends. The row is always left to right
 * (the pane's languages are Chinese and English).
 */
export function tabKeyTarget(key: string, from: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowRight":
      return (from + 1) % count;
    case "ArrowLeft":
      return from <= 0 ? count - 1 : from - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
