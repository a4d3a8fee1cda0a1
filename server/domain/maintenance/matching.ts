/**
 * How names typed by people are compared: a city on a contract against the travel-time
 * table, an equipment name against the contract's covered platforms (or a monitoring alert's
 * equipment against a window). **Decision:** equal when they differ only in letter case,
 * accents or spacing ("medellin" is "Medellín"; "red  lan" is "Red LAN"); otherwise exact, so
 * "Servidores Linux" never matches "Servidores Windows".
 */

/** The comparison key of a name: no accents, lower case, single spaces, trimmed. */
export function matchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('es')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The covered platform `equipment` names, spelled as the contract lists it; null if none. */
export function findCoveredEquipment(covered: readonly string[], equipment: string): string | null {
  const key = matchKey(equipment);
  if (key === '') return null;
  return covered.find((platform) => matchKey(platform) === key) ?? null;
}
