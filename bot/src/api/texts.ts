import { defineTexts } from "../shared/texts";

/** The API's own messages (feature errors carry their own texts). */
export const apiTexts = defineTexts({
  sv: { serverError: "Något gick fel på servern. Försök igen om en stund." },
  en: { serverError: "Something went wrong on the server. Please try again in a moment." },
});
