/**
 * The center's phone numbers, transcribed from the guide (seed/000_d850e5639a20b3d9.txt: the
 * national line and "Tabla 2. Teléfonos de contacto a nivel nacional"). Seeded once; from then
 * on an admin edits the directory in the database (STYLE.md).
 */

import type { PhoneDirectory } from './demo-types.js';

/** The national line and the city table of the guide, numbers exactly as published. */
export const PHONE_DIRECTORY: PhoneDirectory = {
  title: 'Teléfonos de contacto a nivel nacional',
  titleEn: 'Contact phone numbers across Colombia',
  nationalLine: {
    label: 'Línea nacional',
    labelEn: 'National line',
    number: '(+57) 2 486 8080',
    option: 2,
  },
  // Alphabetical, as the guide's two-column table reads down each column.
  cities: [
    { city: 'Armenia', phone: '735 7807' },
    { city: 'Barranquilla', phone: '385 9720' },
    { city: 'Bogotá', phone: '745 6928' },
    { city: 'Bucaramanga', phone: '697 3926' },
    { city: 'Buenaventura', phone: '297 8238' },
    { city: 'Cali', phone: '486 8080' },
    { city: 'Cúcuta', phone: '595 5857' },
    { city: 'Facatativá', phone: '890 1954' },
    { city: 'Girardot', phone: '888 9326' },
    // The guide prints "Ibaqué", a typo for Ibagué (capital of Tolima); users search the real name.
    { city: 'Ibagué', phone: '277 1610' },
    { city: 'Medellín', phone: '604 0935' },
    { city: 'Montería', phone: '789 4157' },
    { city: 'Neiva', phone: '863 2404' },
    { city: 'Pasto', phone: '737 4351' },
    { city: 'Pereira', phone: '340 0661' },
    { city: 'Popayán', phone: '837 5876' },
    { city: 'Santa Marta', phone: '436 5941' },
    { city: 'Tunja', phone: '747 3863' },
    { city: 'Valledupar', phone: '589 8477' },
    { city: 'Villavicencio', phone: '684 9239' },
    { city: 'Yopal', phone: '633 3635' },
  ],
};
