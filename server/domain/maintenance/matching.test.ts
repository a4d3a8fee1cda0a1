/** How people's spellings of cities and equipment are compared. */

import { describe, expect, it } from 'vitest';
import { findCoveredEquipment, matchKey } from './matching.js';

describe('matchKey', () => {
  it.each([
    ['Medellín', 'medellin'],
    ['  BOGOTÁ  D.C. ', 'bogota d.c.'],
    ['Cúcuta', 'cucuta'],
    ['Red\tinalámbrica  (Wi-Fi)', 'red inalambrica (wi-fi)'],
    ['Ñuñoa', 'nunoa'],
  ])('%j → %j', (name, key) => {
    expect(matchKey(name)).toBe(key);
  });
});

describe('findCoveredEquipment', () => {
  const covered = [
    'Firewall Fortinet FG-60F',
    'Red LAN',
    'Red inalámbrica (Wi-Fi)',
    'Servidores Linux',
  ];

  it.each([
    ['Red LAN', 'Red LAN'],
    ['red lan', 'Red LAN'],
    ['  RED   LAN ', 'Red LAN'],
    ['red inalambrica (wi-fi)', 'Red inalámbrica (Wi-Fi)'],
    ['firewall fortinet fg-60f', 'Firewall Fortinet FG-60F'],
  ])('finds %j as %j, spelled as the contract lists it', (equipment, expected) => {
    expect(findCoveredEquipment(covered, equipment)).toBe(expected);
  });

  it.each(['Red', 'Red LAN sede 2', 'Servidores Windows', 'Firewall', '', '   '])(
    'does not cover %j (no prefix or partial matches)',
    (equipment) => {
      expect(findCoveredEquipment(covered, equipment)).toBeNull();
    },
  );

  it('covers nothing when the contract lists nothing', () => {
    expect(findCoveredEquipment([], 'Red LAN')).toBeNull();
  });
});
