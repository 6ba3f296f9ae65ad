import { defineMessages } from '@client/i18n/define';

/**
 * Only what the shell needs before a training page loads: the tab and the page titles. Everything
 * else is in `messages.ts`, which loads with the training pages (see `load-messages.ts`).
 */
export default defineMessages({
  'zh-CN': {
    tab: '培训',
    title: '培训',
    titles: {
      course: '课程详情',
      mine: '我的课程',
      checkIn: '现场签到',
      newCourse: '新建课程',
      editCourse: '编辑课程',
    },
  },
  'zh-TW': {
    tab: '培訓',
    title: '培訓',
    titles: {
      course: '課程詳情',
      mine: '我的課程',
      checkIn: '現場簽到',
      newCourse: '新增課程',
      editCourse: '編輯課程',
    },
  },
  en: {
    tab: 'Training',
    title: 'Training',
    titles: {
      course: 'Course',
      mine: 'My courses',
      checkIn: 'Check-in',
      newCourse: 'New course',
      editCourse: 'Edit course',
    },
  },
});
