import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.cache', 'data', 'coverage', '.tmp', 'client/public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      // Ionic's web components take named slots through the standard slot attribute.
      'vue/no-deprecated-slot-attribute': 'off',
      // Formatting is prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'no-undef': 'off',
    },
  },
  {
    files: ['client/src/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@ionic/vue',
              importNames: [
                'IonInput',
                'IonTextarea',
                'IonToggle',
                'IonCheckbox',
                'IonRadio',
                'IonRadioGroup',
                'IonSegment',
                'IonSegmentButton',
                'IonChip',
                'IonNote',
                'IonInputPasswordToggle',
                'IonItem',
                'IonList',
                'IonBackButton',
                'alertController',
                'toastController',
              ],
              message:
                'Import it from @client/shell/ionic/<Name> (toasts: a live region): from @ionic/vue it lands in the first page’s JavaScript.',
            },
          ],
        },
      ],
    },
  },
);
