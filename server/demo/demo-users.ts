/**
 * Demo people (FICTITIOUS, like their organizations): per customer organization a customer
 * admin and a customer; at the center two agents, a supervisor and an admin. All sign in with
 * DEMO_PASSWORD.
 */

import type { DemoUser } from './demo-types.js';

/**
 * The password of every demo user. DEMO ONLY: it is published in the source, so it is seeded
 * only when MESA_DEMO is on, and a real installation turns demo data off (MESA_DEMO=0).
 */
export const DEMO_PASSWORD = 'mesa-demo-2026';

/** Demo users: customers of each demo organization, then the center's staff. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    key: 'guaduales-admin',
    email: 'carolina.restrepo@guaduales.example',
    name: 'Carolina Restrepo Álvarez',
    role: 'customer_admin',
    organizationKey: 'guaduales',
    language: 'es',
  },
  {
    key: 'guaduales-user',
    email: 'jhon.mosquera@guaduales.example',
    name: 'Jhon Fredy Mosquera',
    role: 'customer',
    organizationKey: 'guaduales',
    language: 'es',
  },
  {
    key: 'santa-brigida-admin',
    email: 'paula.cardenas@santabrigida.example',
    name: 'Paula Andrea Cárdenas',
    role: 'customer_admin',
    organizationKey: 'santa-brigida',
    language: 'es',
  },
  {
    key: 'santa-brigida-user',
    email: 'andres.ocampo@santabrigida.example',
    name: 'Andrés Felipe Ocampo',
    role: 'customer',
    organizationKey: 'santa-brigida',
    language: 'es',
  },
  {
    key: 'aburra-norte-admin',
    email: 'luz.zapata@aburranorte.example',
    name: 'Luz Marina Zapata',
    role: 'customer_admin',
    organizationKey: 'aburra-norte',
    language: 'es',
  },
  // The one English speaker, so the demo shows both languages of every screen and e-mail.
  {
    key: 'aburra-norte-user',
    email: 'michael.turner@aburranorte.example',
    name: 'Michael Turner',
    role: 'customer',
    organizationKey: 'aburra-norte',
    language: 'en',
  },
  {
    key: 'agent-herrera',
    email: 'santiago.herrera@demo.mesa.local',
    name: 'Santiago Herrera',
    role: 'agent',
    organizationKey: null,
    language: 'es',
  },
  {
    key: 'agent-rios',
    email: 'valentina.rios@demo.mesa.local',
    name: 'Valentina Ríos',
    role: 'agent',
    organizationKey: null,
    language: 'es',
  },
  {
    key: 'supervisor-perez',
    email: 'diana.perez@demo.mesa.local',
    name: 'Diana Marcela Pérez',
    role: 'supervisor',
    organizationKey: null,
    language: 'es',
  },
  {
    key: 'admin',
    email: 'admin@demo.mesa.local',
    name: 'Jorge Iván Castaño',
    role: 'admin',
    organizationKey: null,
    language: 'es',
  },
];
