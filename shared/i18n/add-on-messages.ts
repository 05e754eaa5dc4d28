import type { Language } from '#shared/domain/event.ts';
import { counted } from './plural-forms.ts';

/** The price and add-ons as participants see them (forms, manage page) and as the editor sets them; Swedish first. */
const sv = {
  priceLegend: 'Pris',
  perPerson: (price: string) => `${price} per person`,
  exclusiveOfVat: (rate: number) => `exkl. moms (${rate} %)`,
  free: 'Kostnadsfritt',
  includes: 'Ingår:',
  addOnsLegend: 'Tillval',
  addOnsHint: 'Kryssa i det du vill ha. Priserna gäller per person.',
  left: (count: number) => `${count} kvar`,
  full: 'fullbokad',
  retired: 'erbjuds inte längre',
  none: 'Inga tillval.',
  addOnFull: (name: string) => `Tillvalet ${name} är fullbokat. Välj bort det eller försök senare.`,
  notOffered: 'Välj bland tillvalen som erbjuds.',
  changeAddOns: 'Ändra tillval',
  addOnsChanged: 'Dina tillval är ändrade.',
  addOnsUnchanged: 'Du ändrade inga tillval.',
  confirmTitle: 'Ändra dina tillval?',
  confirmAdded: 'Du lägger till:',
  confirmRemoved: 'Du tar bort:',
  confirm: 'Ja, ändra tillvalen',
  editor: {
    legend: 'Pris och tillval',
    vatRate: 'Moms på priset (%)',
    vatHint: 'Till exempel 25, 12, 6 eller 0. Priser anges utan moms.',
    addOnsLegend: 'Tillval',
    addOnsIntro:
      'Det deltagaren kan lägga till mot betalning, till exempel en middag eller en hotellnatt. Ett tillval som redan har valts tas inte bort: markera det som inte längre erbjudet.',
    addOn: (row: number) => `Tillval ${row}`,
    name: 'Namn (på evenemangets språk)',
    nameIn: { sv: 'Namn på svenska', nb: 'Namn på norska', en: 'Namn på engelska' } as Record<
      Language,
      string
    >,
    amount: 'Pris per person, utan moms',
    addOnVatRate: 'Moms (%)',
    capacity: 'Antal platser',
    capacityHint: 'Lämna tomt om det inte finns någon gräns.',
    retire: 'Erbjuds inte längre (de som har valt det behåller det)',
    moreRows: 'Fler tillval',
    taken: (taken: number, capacity?: number) =>
      capacity === undefined ? `${taken} valda` : `${taken} av ${capacity} valda`,
    errors: {
      vatRate: 'Skriv momssatsen i procent, ett heltal från 0 till 100.',
      vatNeeded: 'Ange momsen på priset.',
      name: 'Ge tillvalet ett namn.',
      amount: 'Skriv priset i hela kronor, från 0.',
      capacity: 'Skriv antalet platser som ett heltal från 1, eller lämna tomt.',
      nameTwice: 'Två tillval har samma namn.',
      capacityBelowTaken: (taken: number) =>
        `${counted('sv', taken, { one: '# deltagare har', other: '# deltagare har' })} redan valt tillvalet: antalet platser kan inte bli färre.`,
      currencyChanged: 'Valutan kan inte ändras när någon har anmält sig.',
    },
  },
};

type AddOnMessages = typeof sv;

const nb: AddOnMessages = {
  priceLegend: 'Pris',
  perPerson: (price) => `${price} per person`,
  exclusiveOfVat: (rate) => `ekskl. mva. (${rate} %)`,
  free: 'Gratis',
  includes: 'Inkludert:',
  addOnsLegend: 'Tilvalg',
  addOnsHint: 'Kryss av for det du vil ha. Prisene gjelder per person.',
  left: (count) => `${count} igjen`,
  full: 'fullbooket',
  retired: 'tilbys ikke lenger',
  none: 'Ingen tilvalg.',
  addOnFull: (name) => `Tilvalget ${name} er fullbooket. Velg det bort eller prøv igjen senere.`,
  notOffered: 'Velg blant tilvalgene som tilbys.',
  changeAddOns: 'Endre tilvalg',
  addOnsChanged: 'Tilvalgene dine er endret.',
  addOnsUnchanged: 'Du endret ingen tilvalg.',
  confirmTitle: 'Endre tilvalgene dine?',
  confirmAdded: 'Du legger til:',
  confirmRemoved: 'Du fjerner:',
  confirm: 'Ja, endre tilvalgene',
  editor: {
    legend: 'Pris og tilvalg',
    vatRate: 'Mva. på prisen (%)',
    vatHint: 'For eksempel 25, 15, 12 eller 0. Prisene oppgis uten mva.',
    addOnsLegend: 'Tilvalg',
    addOnsIntro:
      'Det deltakeren kan legge til mot betaling, for eksempel en middag eller en hotellnatt. Et tilvalg som allerede er valgt, fjernes ikke: marker det som ikke lenger tilbudt.',
    addOn: (row) => `Tilvalg ${row}`,
    name: 'Navn (på arrangementets språk)',
    nameIn: { sv: 'Navn på svensk', nb: 'Navn på norsk', en: 'Navn på engelsk' },
    amount: 'Pris per person, uten mva.',
    addOnVatRate: 'Mva. (%)',
    capacity: 'Antall plasser',
    capacityHint: 'La stå tomt hvis det ikke er noen grense.',
    retire: 'Tilbys ikke lenger (de som har valgt det, beholder det)',
    moreRows: 'Flere tilvalg',
    taken: (taken, capacity) => (capacity === undefined ? `${taken} valgt` : `${taken} av ${capacity} valgt`),
    errors: {
      vatRate: 'Skriv mva.-satsen i prosent, et heltall fra 0 til 100.',
      vatNeeded: 'Oppgi mva. på prisen.',
      name: 'Gi tilvalget et navn.',
      amount: 'Skriv prisen i hele kroner, fra 0.',
      capacity: 'Skriv antall plasser som et heltall fra 1, eller la stå tomt.',
      nameTwice: 'To tilvalg har samme navn.',
      capacityBelowTaken: (taken) =>
        `${counted('nb', taken, { one: '# deltaker har', other: '# deltakere har' })} allerede valgt tilvalget: antall plasser kan ikke bli færre.`,
      currencyChanged: 'Valutaen kan ikke endres når noen har meldt seg på.',
    },
  },
};

const en: AddOnMessages = {
  priceLegend: 'Price',
  perPerson: (price) => `${price} per person`,
  exclusiveOfVat: (rate) => `excl. VAT (${rate}%)`,
  free: 'Free of charge',
  includes: 'Includes:',
  addOnsLegend: 'Add-ons',
  addOnsHint: 'Tick what you would like. Prices are per person.',
  left: (count) => `${count} left`,
  full: 'fully booked',
  retired: 'no longer offered',
  none: 'No add-ons.',
  addOnFull: (name) => `The add-on ${name} is fully booked. Untick it or try again later.`,
  notOffered: 'Choose among the add-ons offered.',
  changeAddOns: 'Change add-ons',
  addOnsChanged: 'Your add-ons have been changed.',
  addOnsUnchanged: 'You changed no add-ons.',
  confirmTitle: 'Change your add-ons?',
  confirmAdded: 'You add:',
  confirmRemoved: 'You remove:',
  confirm: 'Yes, change the add-ons',
  editor: {
    legend: 'Price and add-ons',
    vatRate: 'VAT on the price (%)',
    vatHint: 'For example 25, 12, 6 or 0. Prices are given without VAT.',
    addOnsLegend: 'Add-ons',
    addOnsIntro:
      'What a participant can add for a fee, such as a dinner or a hotel night. An add-on someone has chosen is not removed: mark it as no longer offered.',
    addOn: (row) => `Add-on ${row}`,
    name: 'Name (in the event’s language)',
    nameIn: { sv: 'Name in Swedish', nb: 'Name in Norwegian', en: 'Name in English' },
    amount: 'Price per person, excl. VAT',
    addOnVatRate: 'VAT (%)',
    capacity: 'Places',
    capacityHint: 'Leave empty if there is no limit.',
    retire: 'No longer offered (those who chose it keep it)',
    moreRows: 'More add-ons',
    taken: (taken, capacity) =>
      capacity === undefined ? `${taken} chosen` : `${taken} of ${capacity} chosen`,
    errors: {
      vatRate: 'Enter the VAT rate in percent, a whole number from 0 to 100.',
      vatNeeded: 'Enter the VAT on the price.',
      name: 'Give the add-on a name.',
      amount: 'Enter the price in whole units, from 0.',
      capacity: 'Enter the number of places as a whole number from 1, or leave it empty.',
      nameTwice: 'Two add-ons have the same name.',
      capacityBelowTaken: (taken) =>
        `${counted('en', taken, { one: '# participant has', other: '# participants have' })} already chosen the add-on: there cannot be fewer places.`,
      currencyChanged: 'The currency cannot change once someone has signed up.',
    },
  },
};

const MESSAGES: Record<Language, AddOnMessages> = { sv, nb, en };

export const addOnMessagesFor = (language: Language): AddOnMessages => MESSAGES[language];
