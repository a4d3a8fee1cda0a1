/**
 * On-site travel times by city (SPEC §8). The guide announces a table of travel times by region
 * but its content was not preserved, so these values are INVENTED EXAMPLES for a fresh install;
 * an admin replaces them with the center's real ones. `example: true` lets the console say so.
 */

import type { TravelTimeTable } from './demo-types.js';

/** Example travel times (hours) for the cities of the phone directory; not the center's data. */
export const TRAVEL_TIMES_EXAMPLE: TravelTimeTable = {
  example: true,
  note: 'Valores de ejemplo: la tabla de tiempos de desplazamiento de la guía no se conservó. Reemplácelos por los del Centro de Servicios.',
  noteEn:
    "Example values: the guide's travel-time table was not preserved. Replace them with the service center's own.",
  entries: [
    { city: 'Armenia', hours: 8 },
    { city: 'Barranquilla', hours: 24 },
    { city: 'Bogotá', hours: 8 },
    { city: 'Bucaramanga', hours: 24 },
    { city: 'Buenaventura', hours: 8 },
    { city: 'Cali', hours: 4 },
    { city: 'Cúcuta', hours: 24 },
    { city: 'Facatativá', hours: 12 },
    { city: 'Girardot', hours: 12 },
    { city: 'Ibagué', hours: 12 },
    { city: 'Medellín', hours: 8 },
    { city: 'Montería', hours: 24 },
    { city: 'Neiva', hours: 12 },
    { city: 'Pasto', hours: 24 },
    { city: 'Pereira', hours: 8 },
    { city: 'Popayán', hours: 8 },
    { city: 'Santa Marta', hours: 24 },
    { city: 'Tunja', hours: 12 },
    { city: 'Valledupar', hours: 36 },
    { city: 'Villavicencio', hours: 16 },
    { city: 'Yopal', hours: 36 },
  ],
};
