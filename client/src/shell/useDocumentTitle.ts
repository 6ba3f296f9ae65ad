import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps <title> on the current page and language: screen readers announce it on navigation. */
export function useDocumentTitle(): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const app = t('shell.appName');
    const page = route.meta.titleKey;
    document.title = page ? `${t(page)} · ${app}` : app;
  });
}
