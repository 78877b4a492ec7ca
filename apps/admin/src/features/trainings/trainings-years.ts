/** The years the register is browsed by: from the programme's start to next year. */
export function currentYear(): number {
  return new Date().getFullYear();
}

export function trainingYears(): number[] {
  const last = currentYear() + 1;
  return Array.from({ length: last - 2022 + 1 }, (_, i) => last - i);
}

export function yearParam(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
}
