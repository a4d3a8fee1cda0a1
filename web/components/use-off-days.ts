/**
 * The days off (public holidays and admin closures) of some years, from GET /calendar/holidays,
 * fetched once per year per page load and shared by every countdown on the page. A closure an
 * admin adds later shows after a reload; the server's deadlines already include it.
 */

import { useEffect, useState } from 'react';
import { api } from '../api/client';

interface HolidayList {
  items: { date: string }[];
}

const loaded = new Map<number, ReadonlySet<string>>();
const pending = new Map<number, Promise<void>>();

function load(year: number): Promise<void> {
  let request = pending.get(year);
  if (request === undefined) {
    request = api<HolidayList>('GET', `/calendar/holidays?year=${year}`)
      .then((list) => {
        loaded.set(year, new Set(list.items.map((day) => day.date)));
      })
      .finally(() => pending.delete(year));
    pending.set(year, request);
  }
  return request;
}

/** The days off of `years` as one set, or null until all are loaded (or if loading failed). */
export function useOffDays(years: readonly number[]): ReadonlySet<string> | null {
  const key = years.join(',');
  const missing = years.filter((year) => !loaded.has(year));
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const wanted = key.split(',').map(Number);
    Promise.all(wanted.filter((year) => !loaded.has(year)).map(load))
      .then(() => {
        if (live) setVersion((v) => v + 1);
      })
      // Without the list the countdown stays in clock time; the deadlines are still the server's.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [key]);
  if (missing.length > 0) return null;
  const days = new Set<string>();
  for (const year of years) for (const date of loaded.get(year) ?? []) days.add(date);
  return days;
}
