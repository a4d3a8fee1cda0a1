/**
 * The Spanish of the benchmark's tickets: a ranked vocabulary of a service desk (function
 * words first, then the words and set phrases of IT support) drawn with a Zipf law, so a few
 * words are everywhere and most are not; a handful of rare words planted at a fixed rate; and
 * near-unique host names and error codes, as real tickets carry. The queries of the benchmark
 * are chosen from this file, so their selectivity follows from it (and is measured, not assumed).
 */

/** Glue words, most frequent first: they fill the top ranks of the Zipf law, as in real text. */
// biome-ignore format: a word list reads best packed, not one word a line
const FUNCTION_WORDS = [
  'de', 'la', 'el', 'en', 'y', 'que', 'no', 'se', 'los', 'del', 'con', 'por', 'las', 'un',
  'para', 'una', 'al', 'es', 'lo', 'desde', 'cuando', 'pero', 'ya', 'también', 'muy', 'sin',
  'hay', 'nos', 'este', 'esta', 'porque', 'hasta', 'como', 'sobre', 'todos', 'otra', 'solo',
  'mismo', 'ahora', 'ayer',
] as const;

/**
 * The words of IT support, most frequent first. "servidor" leads them: at its rank it lands in
 * well over 10 % of tickets (the benchmark's "very common word"). Multi-word entries are set
 * phrases that stay together, so phrase queries find them.
 */
// biome-ignore format: a word list reads best packed, not one word a line
const SUPPORT_TERMS = [
  'servidor', 'usuario', 'conexión', 'equipo', 'error', 'correo electrónico', 'acceso', 'red',
  'sistema', 'configuración', 'impresora', 'contraseña', 'no funciona', 'internet', 'base de datos',
  'aplicación', 'firewall', 'sesión', 'licencia', 'lentitud', 'archivo', 'carpeta compartida',
  'actualización', 'computador', 'portátil', 'respaldo', 'VPN', 'sede', 'oficina', 'cliente',
  'instalación', 'página', 'navegador', 'certificado', 'dominio', 'switch', 'cable', 'puerto',
  'teléfono', 'extensión', 'línea', 'energía', 'UPS', 'disco', 'memoria', 'procesador',
  'pantalla', 'teclado', 'mouse', 'cámara', 'videollamada', 'reunión', 'calendario', 'buzón',
  'antivirus', 'virus', 'bloqueo', 'desbloqueo', 'permiso', 'perfil', 'grupo', 'política',
  'script', 'tarea programada', 'copia de seguridad', 'restauración', 'migración', 'versión',
  'parche', 'reinicio', 'caída', 'intermitencia', 'latencia', 'ancho de banda', 'enlace',
  'proveedor', 'router', 'punto de acceso', 'inalámbrica', 'wifi', 'señal', 'dirección IP',
  'DNS', 'DHCP', 'proxy', 'código', 'mensaje', 'alerta', 'monitoreo', 'informe', 'factura',
  'módulo', 'nómina', 'contabilidad', 'inventario', 'bodega', 'facturación electrónica',
  'escáner', 'tóner', 'papel', 'atasco', 'cola de impresión', 'controlador', 'driver',
  'instalador', 'clave', 'token', 'autenticación', 'doble factor', 'celular', 'tableta',
  'almacenamiento', 'espacio', 'lleno', 'lento', 'caído', 'intermitente', 'urgente', 'crítico',
  'revisar', 'solicito', 'favor', 'apoyo', 'ayuda', 'gracias', 'atentamente', 'cordialmente',
  'reiniciar', 'instalar', 'configurar', 'actualizar', 'restablecer', 'ingresar', 'conectar',
  'imprimir', 'enviar', 'recibir', 'abrir', 'cerrar', 'guardar', 'borrar', 'recuperar',
  'compartir', 'sincronizar', 'descargar', 'cargar', 'validar', 'verificar', 'probar',
  'mañana', 'tarde', 'noche', 'lunes', 'viernes', 'sábado', 'semana', 'hoy', 'desde ayer',
  'recepción', 'gerencia', 'contabilidad general', 'área comercial', 'laboratorio', 'urgencias',
  'planta', 'producción', 'despacho', 'portería', 'auditorio', 'sala de juntas', 'piso',
  'segundo piso', 'tercer piso', 'Windows', 'Linux', 'Office', 'Outlook', 'Excel', 'Teams',
  'SAP', 'Fortinet', 'FortiGate', 'Active Directory', 'SharePoint', 'OneDrive', 'Chrome',
  'máquina virtual', 'hipervisores', 'clúster', 'réplica', 'alta disponibilidad', 'balanceador',
  'rendimiento', 'consumo', 'temperatura', 'ventilador', 'fuente de poder', 'batería',
  'garantía', 'repuesto', 'visita técnica', 'técnico', 'diagnóstico', 'solución', 'causa',
  'prueba', 'evidencia', 'captura', 'pantallazo', 'adjunto', 'registro', 'bitácora', 'evento',
  'conexiones', 'conexión remota', 'escritorio remoto', 'terminal', 'consola', 'puerto serial',
  'fibra óptica', 'canal dedicado', 'contingencia', 'plan de continuidad', 'cifrado', 'llave',
  'usuarios', 'servidores', 'equipos', 'impresoras', 'correos', 'archivos', 'carpetas',
  'configuraciones', 'aplicaciones', 'licencias', 'sedes', 'oficinas',
] as const;

/**
 * Rare words, each planted in about RARE_WORDS_PER_MILLION tickets of a million: the
 * benchmark's "rare word" query looks for the first one.
 */
export const RARE_WORDS = [
  'paravirtualización',
  'ferrofluido',
  'zigbee',
  'magnetorresistencia',
  'criptoprocesador',
  'heliógrafo',
] as const;
export const RARE_WORDS_PER_MILLION = 30;

/** The queries of the benchmark, typed as a user would (no accents: search folds them). */
export const SEARCH_QUERIES = {
  rare: 'paravirtualizacion',
  common: 'servidor',
  twoWords: 'impresora configuracion',
  phrase: '"base de datos"',
  prefix: 'conex*',
} as const;
export type SearchQueryKind = keyof typeof SEARCH_QUERIES;

/** A weighted choice among `items` by a Zipf law of exponent `s` over their ranks. */
export class ZipfSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly T[],
    s: number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      total += 1 / rank ** s;
      this.cumulative[rank - 1] = total;
    }
    for (let i = 0; i < items.length; i++) {
      this.cumulative[i] = (this.cumulative[i] as number) / total;
    }
  }

  /** The item at the first cumulative weight above `u` ∈ [0, 1): a binary search. */
  pick(u: number): T {
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** Subjects, descriptions and message bodies from a seeded random source. */
export class TicketText {
  private readonly anyWord = new ZipfSampler<string>([...FUNCTION_WORDS, ...SUPPORT_TERMS], 1.0);
  private readonly supportTerm = new ZipfSampler<string>([...SUPPORT_TERMS], 0.9);
  private readonly rareRate = RARE_WORDS_PER_MILLION / 1_000_000;

  constructor(private readonly random: () => number) {}

  /** "Servidor de correo electrónico lento en sede": content words with a little glue. */
  subject(): string {
    const words: string[] = [this.supportTerm.pick(this.random())];
    const length = 2 + this.int(4);
    for (let i = 1; i < length; i++) {
      words.push(this.random() < 0.35 ? this.glue() : this.supportTerm.pick(this.random()));
    }
    return capitalize(words.join(' '));
  }

  /** Two to four sentences, now and then a host name or error code, rarely a rare word. */
  description(): string {
    const sentences: string[] = [];
    const count = 2 + this.int(3);
    for (let i = 0; i < count; i++) sentences.push(this.sentence(7 + this.int(10)));
    if (this.random() < 0.3) sentences.push(`Equipo ${this.hostName()}.`);
    if (this.random() < 0.2) sentences.push(`Código de error ${this.errorCode()}.`);
    for (const word of RARE_WORDS) {
      if (this.random() < this.rareRate) sentences.push(`Posible falla de ${word}.`);
    }
    return sentences.join(' ');
  }

  /** A message: one or two sentences. */
  message(): string {
    const count = 1 + this.int(2);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(this.sentence(6 + this.int(10)));
    return sentences.join(' ');
  }

  private sentence(length: number): string {
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(this.anyWord.pick(this.random()));
    return `${capitalize(words.join(' '))}.`;
  }

  private glue(): string {
    return FUNCTION_WORDS[this.int(8)] as string;
  }

  /** srv-bog-0421 style: near-unique tokens, the long tail of a real index. */
  private hostName(): string {
    const site = ['bog', 'med', 'cal', 'per', 'bqa'][this.int(5)] as string;
    const role = ['srv', 'pc', 'fw', 'sw', 'ap', 'prn'][this.int(6)] as string;
    return `${role}-${site}-${String(this.int(10_000)).padStart(4, '0')}`;
  }

  private errorCode(): string {
    return `0x${this.int(0xffffff).toString(16).padStart(6, '0')}`;
  }

  private int(bound: number): number {
    return Math.floor(this.random() * bound);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
